from valstorm.trigger_context import RecordTriggerContext


async def execute(context: RecordTriggerContext):
    for record in context.new_map.values():
        company = record['company']
        quoted = company.replace("'", "''")
        rows = await context.query.sql(
            f"select count(*) as n, max(rating) as best from lead where company = '{quoted}'")
        others = rows[0]['n']
        if others:
            record['notes'] = f"{others} other lead(s) at {company}; best rating {rows[0]['best']}"
            context.log(f"{company} already has {others} lead(s)")
