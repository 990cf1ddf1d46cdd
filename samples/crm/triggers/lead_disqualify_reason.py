from fastapi import HTTPException

from valstorm.trigger_context import RecordTriggerContext


async def execute(context: RecordTriggerContext):
    for record in context.new_map.values():
        if not record.get('notes'):
            raise HTTPException(status_code=400,
                                detail=f"Say why {record['full_name']} is disqualified: fill in notes")
