from valstorm.trigger_context import RecordTriggerContext

async def execute(context: RecordTriggerContext):
    # Your logic here
    pass
