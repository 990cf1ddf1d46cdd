from datetime import date, timedelta

from valstorm.trigger_context import RecordTriggerContext


async def execute(context: RecordTriggerContext):
    config = await context.metadata.get_config("Lead Automation")
    if not config or not config.get('active'):
        return

    if 'After' in context.trigger_context:
        # Create a related record based on config mapping
        days = int(config.get('follow_up_days', 3))
        tasks, hot = [], []
        for lead in context.new_map.values():
            created = date.fromisoformat(lead['created_date'][:10])
            tasks.append({
                'subject': f"Call {lead['full_name']}",
                'related_to': lead['id'],
                'due_date': (created + timedelta(days=days)).isoformat(),
                'status': config.get('task_status', 'Open'),
            })
            if (lead.get('rating') or 0) >= config.get('notify_min_rating', 99):
                hot.append({'to': lead['owner'], 'title': f"Hot lead {lead['full_name']}",
                            'record_id': lead['id']})
        saved = await context.records.create('task', tasks)
        context.log(f"created {len(saved)} follow-up task(s)")
        if hot:
            await context.communications.notifications.notify(hot)
