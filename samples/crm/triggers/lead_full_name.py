from valstorm.trigger_context import RecordTriggerContext


async def execute(context: RecordTriggerContext):
    if 'Before' in context.trigger_context:
        for record in context.new_map.values():
            if not record.get('full_name'):
                record['full_name'] = f"{record.get('first')} {record.get('last')}"
