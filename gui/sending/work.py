"""What printing, mailing and the calendar export do to the data folder; run on worker threads.

The work itself is Qt-free and shared with the command line: it lives in delivery.outgoing,
and this module names it for the app's dialogs.
"""

from __future__ import annotations

from delivery.outgoing import (
    AGREEMENT,
    CHANGE_ORDER,
    CHECKLIST,
    MIME,
    OUTBOX,
    DocumentFile,
    Documents,
    MailStart,
    NoChangeOrder,
    NotRecorded,
    TemplateProblem,
    build_message,
    calendar,
    copy_mail_templates,
    dated_count,
    documents_of,
    draft_name,
    edit_mail_templates,
    keep_in_outbox,
    mail_start,
    mail_templates_dir,
    outbox_path,
    render,
    render_many,
    save_draft,
    saved_password,
    send_and_record,
    subject_body,
    template_problems,
    warnings_of,
    write_file,
)

__all__ = [
    "AGREEMENT", "CHANGE_ORDER", "CHECKLIST", "MIME", "OUTBOX", "DocumentFile", "Documents", "MailStart",
    "NoChangeOrder", "NotRecorded", "TemplateProblem", "build_message", "calendar", "copy_mail_templates",
    "dated_count", "documents_of", "draft_name", "edit_mail_templates", "keep_in_outbox", "mail_start",
    "mail_templates_dir", "outbox_path", "render", "render_many", "save_draft", "saved_password",
    "send_and_record", "subject_body", "template_problems", "warnings_of", "write_file",
]
