from valstorm.trigger_context import RecordTriggerContext


async def execute(context: RecordTriggerContext):
    """Before ${events} of ${object}: change records in context.new_map in place."""
    for record_id, record in context.new_map.items():
        context.log(f"checking {record_id}")
