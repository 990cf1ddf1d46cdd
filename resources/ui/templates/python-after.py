from valstorm.trigger_context import RecordTriggerContext


async def execute(context: RecordTriggerContext):
    """After ${events} of ${object}: records are saved; write related records here."""
    for record_id, record in context.new_map.items():
        context.log(f"saved {record_id}")
