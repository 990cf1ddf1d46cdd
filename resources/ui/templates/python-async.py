from valstorm.trigger_context import RecordTriggerContext


async def execute(context: RecordTriggerContext):
    """Async ${events} of ${object}: runs after the response, in its own transaction."""
    for record_id, record in context.new_map.items():
        context.log(f"async work for {record_id}")
