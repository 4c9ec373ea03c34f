"""State of the fake Telegram: users, chats and members, messages, polls, files, update queue."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fake_bot_api.common import JSON, ApiError, as_int, now
from fake_bot_api.entities import utf16_slice

_LOGGER = logging.getLogger(__name__)

# Telegram delivers these only when allowed_updates names them explicitly.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_SERVICE_KEYS = frozenset(
    {
        "channel_chat_created",
        "delete_chat_photo",
        "group_chat_created",
        "left_chat_member",
        "migrate_from_chat_id",
        "migrate_to_chat_id",
        "new_chat_members",
        "new_chat_photo",
        "new_chat_title",
        "pinned_message",
        "supergroup_chat_created",
    }
)

MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})


@dataclass(slots=True)
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None
    mime_type: str | None


@dataclass(slots=True)
class PollState:
    poll: JSON
    chat_id: int
    message_id: int
    votes: dict[int, list[int]] = field(default_factory=dict)


class ChatState:
    """What the fake Telegram knows: users, chats, members, messages, polls, files, updates.

    A mixin of LocalBotApi, so tests read it as ``api.chat(...)``, ``api.sent_texts()`` etc.
    """

    bot_id: int
    bot_username: str
    bot_user: JSON
    privacy_mode: bool
    undelivered: list[JSON]

    def _init_state(self) -> None:
        # Updates
        self._updates: deque[JSON] = deque()
        # Like poll ids, update ids start at a random point per server (Telegram, too, restarts
        # its sequence at random): a journal kept from an earlier offline-chat session on the
        # same database must not mistake new updates for ones it already handled.
        self._next_update_id = 1000 + secrets.randbelow(1 << 30)
        self._updates_changed = asyncio.Event()
        self._allowed_updates: frozenset[str] | None = None  # None: Telegram's default set
        self.undelivered = []
        self._deliver: Callable[[JSON], None] | None = None

        # World state
        self._users: dict[int, JSON] = {self.bot_id: self.bot_user}
        self._chats: dict[int, JSON] = {}
        self._migrated: dict[int, int] = {}
        self._bot_status: dict[int, str] = {}
        self._bot_rights: dict[int, JSON] = {}  # the bot's own flags where it is restricted
        self._chat_permissions: dict[int, JSON] = {}  # what plain members may send
        self._topics: dict[int, dict[int, str]] = {}  # forum chat -> thread id -> name
        self._members: dict[tuple[int, int], tuple[str, JSON]] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._next_message_id: dict[int, int] = {}
        self._sent: list[tuple[str, JSON]] = []
        self._polls: dict[str, PollState] = {}
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._counter = 0
        # Poll ids start at a random base per server: an offline chat run again on the same
        # database must not get the ids it stored last time. Tests may set it to reproduce that.
        self.poll_id_base = 5_000_000_000_000_000_000 + secrets.randbits(59)
        self._open_callback_queries: set[str] = set()
        self._open_inline_queries: set[str] = set()

    # --- updates -----------------------------------------------------------------------------

    def push_update(self, update: JSON) -> int | None:
        """Queues an update for getUpdates and returns its update_id.

        Returns None (and keeps it in ``undelivered``) when Telegram would not deliver it to a
        privacy-mode bot: a group message that is no command, no mention of the bot, no reply to
        it and no service message, while the bot is not an administrator there.
        """
        body = {k: v for k, v in update.items() if k != "update_id"}
        if not self._would_deliver(body):
            self.undelivered.append(body)
            _LOGGER.info("privacy mode: a bot would not receive %s", body)
            return None
        update_id = self._next_update_id
        self._next_update_id += 1
        if self._deliver is not None:  # handed straight to a bot that does not poll
            self._deliver({"update_id": update_id, **body})
            return update_id
        self._updates.append({"update_id": update_id, **body})
        self._wake_pollers()
        return update_id

    def deliver_to(self, consumer: Callable[[JSON], None] | None) -> None:
        """Hand pushed updates to ``consumer`` at once instead of queueing them for getUpdates.

        For tests of handlers without polling (see ``fake_bot_api.InProcessRequest``); None
        goes back to serving getUpdates.
        """
        self._deliver = consumer

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates not yet acknowledged by an offset."""
        return list(self._updates)

    def _wake_pollers(self) -> None:
        self._updates_changed.set()
        self._updates_changed = asyncio.Event()

    def _would_deliver(self, update: JSON) -> bool:
        message = update.get("message") or update.get("edited_message")
        if not self.privacy_mode or not isinstance(message, dict):
            return True
        chat = message.get("chat", {})
        if chat.get("type") not in ("group", "supergroup"):
            return True
        if self._bot_status.get(chat["id"]) in ("administrator", "creator"):
            return True
        if _SERVICE_KEYS.intersection(message):
            return True
        reply = message.get("reply_to_message") or {}
        if reply.get("from", {}).get("id") == self.bot_id:
            return True
        if message.get("via_bot", {}).get("id") == self.bot_id:
            return True
        text = message.get("text") or message.get("caption") or ""
        entities = message.get("entities") or message.get("caption_entities") or []
        mine = f"@{self.bot_username}".lower()
        for entity in entities:
            chunk = utf16_slice(text, entity["offset"], entity["length"])
            if entity["type"] == "bot_command":
                _, at, target = chunk.partition("@")
                if not at or f"@{target}".lower() == mine:
                    return True
            elif entity["type"] == "mention" and chunk.lower() == mine:
                return True
        return False

    def _update_type(self, update: JSON) -> str:
        return next((k for k in update if k != "update_id"), "")

    def _allowed(self, update: JSON) -> bool:
        kind = self._update_type(update)
        if self._allowed_updates is None:
            return kind not in _OPT_IN_UPDATES
        return kind in self._allowed_updates

    def _set_allowed_updates(self, value: Any) -> None:
        if isinstance(value, list):
            self._allowed_updates = frozenset(value) if value else None

    def _ack(self, offset: Any) -> None:
        if not isinstance(offset, int):
            return
        if offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()
            return
        while self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()

    # --- users and chats ---------------------------------------------------------------------

    def add_user(
        self,
        user_id: int,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "ar",
        is_bot: bool = False,
    ) -> JSON:
        """Registers (or updates) a user and returns the User JSON."""
        user: JSON = {
            "id": user_id,
            "is_bot": is_bot,
            "first_name": first_name or f"User{user_id}",
        }
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        self._users[user_id] = user
        if user_id in self._chats:
            self._chats[user_id] = self._private_chat(user)
        return user

    def user(self, user_id: int) -> JSON:
        """The User JSON for ``user_id``, created with default names when unknown."""
        return self._users.get(user_id) or self.add_user(user_id)

    def user_display(self, user_id: int) -> str:
        """Full name as Telegram clients show it."""
        user = self.user(user_id)
        return " ".join(filter(None, (user["first_name"], user.get("last_name"))))

    @staticmethod
    def _private_chat(user: JSON) -> JSON:
        chat: JSON = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if key in user:
                chat[key] = user[key]
        return chat

    def add_chat(
        self,
        chat_id: int,
        *,
        chat_type: str | None = None,
        title: str | None = None,
        username: str | None = None,
        is_forum: bool | None = None,
    ) -> JSON:
        """Registers (or updates) a chat. Ids > 0 are private, -100... supergroups, else groups."""
        if chat_id > 0:
            return self._chats.setdefault(chat_id, self._private_chat(self.user(chat_id)))
        old = self._chats.get(chat_id, {})
        if chat_type is None:
            chat_type = old.get("type") or (
                "supergroup" if str(chat_id).startswith("-100") else "group"
            )
        chat: JSON = {"id": chat_id, "type": chat_type}
        chat["title"] = title or old.get("title") or f"Group {chat_id}"
        username = username or old.get("username")
        if username:
            chat["username"] = username
        if is_forum or old.get("is_forum"):
            chat["is_forum"] = True
        self._chats[chat_id] = chat
        return chat

    def chat(self, chat_id: int) -> JSON:
        """The Chat JSON for ``chat_id``, created when unknown."""
        return self._chats.get(chat_id) or self.add_chat(chat_id)

    def set_bot_status(self, chat_id: int, status: str, **fields: Any) -> None:
        """The bot's own status in a chat ("member", "administrator", "left", "kicked", ...).

        ``fields`` are its ChatMember flags: ``set_bot_status(chat, "restricted",
        can_send_messages=True)`` lets it send text but not polls (a restricted member's
        unnamed rights are False, as in getChatMember).
        """
        if status not in MEMBER_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._bot_status[chat_id] = status
        self._bot_rights[chat_id] = dict(fields)

    def set_chat_permissions(self, chat_id: int, **permissions: bool) -> None:
        """What plain members (a bot that is no admin included) may send, e.g. can_send_polls."""
        self._chat_permissions.setdefault(chat_id, {}).update(permissions)

    def bot_status(self, chat_id: int) -> str:
        return self._bot_status.get(chat_id, "member")

    def set_member_status(self, chat_id: int, user_id: int, status: str, **fields: Any) -> None:
        """Sets what getChatMember answers for a user; ``fields`` override permission flags."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        if user_id == self.bot_id:
            self.set_bot_status(chat_id, status, **fields)
            return
        self._members[(chat_id, user_id)] = (status, fields)

    def member_status(self, chat_id: int, user_id: int) -> str:
        if user_id == self.bot_id:
            return self.bot_status(chat_id)
        return self._members.get((chat_id, user_id), ("member", {}))[0]

    def _member_json(self, chat_id: int, user_id: int) -> JSON:
        if user_id == self.bot_id:
            fields = self._bot_rights.get(chat_id, {})
            return self.chat_member_json(self.bot_user, self.bot_status(chat_id), **fields)
        status, fields = self._members.get((chat_id, user_id), ("member", {}))
        return self.chat_member_json(self.user(user_id), status, **fields)

    @staticmethod
    def chat_member_json(user: JSON, status: str, **fields: Any) -> JSON:
        """A ChatMember JSON with every field PTB requires for ``status``."""
        member: JSON = {"status": status, "user": user}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member.update(
                can_be_edited=False,
                is_anonymous=False,
                can_manage_chat=True,
                can_delete_messages=True,
                can_manage_video_chats=True,
                can_restrict_members=True,
                can_promote_members=False,
                can_change_info=True,
                can_invite_users=True,
                can_post_stories=False,
                can_edit_stories=False,
                can_delete_stories=False,
                can_pin_messages=True,
                can_manage_topics=False,
            )
        elif status == "restricted":
            flags = (
                "can_change_info can_invite_users can_pin_messages can_send_messages "
                "can_send_polls can_send_other_messages can_add_web_page_previews "
                "can_manage_topics can_send_audios can_send_documents can_send_photos "
                "can_send_videos can_send_video_notes can_send_voice_notes can_edit_tag "
                "can_react_to_messages"
            ).split()
            member.update(dict.fromkeys(flags, False), is_member=True, until_date=0)
        elif status == "kicked":
            member["until_date"] = 0
        elif status not in ("member", "left"):
            raise ValueError(f"unknown status {status!r}")
        member.update(fields)
        return member

    def _chat_for(self, value: Any) -> JSON:
        """Resolves a chat_id parameter as Telegram does (migrations, @usernames)."""
        if value is None or value == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        if isinstance(value, str):
            if value.startswith("@"):
                name = value[1:].lower()
                for chat in self._chats.values():
                    if chat.get("username", "").lower() == name:
                        return chat
            raise ApiError(400, "Bad Request: chat not found")
        if value in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[value]},
            )
        return self.chat(int(value))

    def add_topic(self, chat_id: int, name: str = "موضوع", *, user_id: int = 1) -> int:
        """Opens a forum topic (the chat becomes a forum supergroup); returns its thread id.

        Like Telegram, the thread id is the id of the topic's "forum_topic_created" message.
        """
        self.add_chat(chat_id, chat_type="supergroup", is_forum=True)
        created = {"name": name, "icon_color": 7322096}
        message = self._new_message(
            self.chat(chat_id), self.user(user_id), {"forum_topic_created": created}
        )
        thread_id = int(message["message_id"])
        message.update(message_thread_id=thread_id, is_topic_message=True)
        self._topics.setdefault(chat_id, {})[thread_id] = name
        return thread_id

    def _check_thread(self, chat: JSON, thread_id: Any) -> int | None:
        """The topic a message goes to; None for General or a chat that is no forum."""
        if not thread_id or not chat.get("is_forum"):
            return None
        if as_int(thread_id, 0) not in self._topics.get(chat["id"], {}):
            raise ApiError(400, "Bad Request: message thread not found")
        return as_int(thread_id, 0)

    def _check_rights(self, chat: JSON, right: str, what: str) -> None:
        """400 when the bot may not send this kind of message to a group (Telegram's wording)."""
        if chat["type"] not in ("group", "supergroup"):
            return
        status = self.bot_status(chat["id"])
        if status in ("administrator", "creator"):
            return
        if status == "restricted":
            allowed = self._bot_rights.get(chat["id"], {}).get(right, False)
        else:
            allowed = self._chat_permissions.get(chat["id"], {}).get(right, True)
        if not allowed:
            raise ApiError(400, f"Bad Request: not enough rights to send {what} to the chat")

    def _check_can_send(self, chat: JSON) -> None:
        status = self._bot_status.get(chat["id"])
        if chat["type"] == "private":
            if status == "kicked":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            return
        kind = {"supergroup": "supergroup chat", "group": "group chat"}.get(
            chat["type"], "channel chat"
        )
        if status == "kicked":
            raise ApiError(403, f"Forbidden: bot was kicked from the {kind}")
        if status == "left":
            raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")

    # --- messages ----------------------------------------------------------------------------

    def _next_id(self) -> int:
        self._counter += 1
        return self._counter

    def _new_message(self, chat: JSON, sender: JSON | None, fields: JSON) -> JSON:
        chat_id = chat["id"]
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        message: JSON = {"message_id": message_id}
        if sender is not None:
            message["from"] = sender
        message.update(date=now(), chat=dict(chat))
        message.update({k: v for k, v in fields.items() if v is not None})
        self._messages[(chat_id, message_id)] = message
        return message

    def _replace_message(self, message: JSON, changes: JSON) -> JSON:
        # Copy on write: messages already returned or recorded keep their old content.
        new = {**message, **changes, "edit_date": now()}
        for key, value in changes.items():
            if value is None:
                new.pop(key, None)
        self._messages[(message["chat"]["id"], message["message_id"])] = new
        return new

    def get_message(self, chat_id: int, message_id: int) -> JSON | None:
        """Current state of a message (after edits), or None if deleted or unknown."""
        return self._messages.get((chat_id, message_id))

    def chat_history(self, chat_id: int) -> list[JSON]:
        """All messages still in a chat, oldest first."""
        found = [m for (cid, _), m in self._messages.items() if cid == chat_id]
        return sorted(found, key=lambda m: m["message_id"])

    def sent_messages(self, chat_id: int | None = None) -> list[JSON]:
        """Messages returned by sendMessage (as sent, before later edits), oldest first."""
        return self._sent_by("sendMessage", chat_id)

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        return [m["text"] for m in self.sent_messages(chat_id)]

    def sent_polls(self, chat_id: int | None = None) -> list[JSON]:
        """Messages returned by sendPoll; ``m["poll"]["id"]`` feeds ``poll_answer``."""
        return self._sent_by("sendPoll", chat_id)

    def sent_documents(self, chat_id: int | None = None) -> list[JSON]:
        return self._sent_by("sendDocument", chat_id)

    def sent_photos(self, chat_id: int | None = None) -> list[JSON]:
        """Messages returned by sendPhoto; ``m["photo"][-1]`` is the largest size (reusable id)."""
        return self._sent_by("sendPhoto", chat_id)

    def _sent_by(self, method: str, chat_id: int | None) -> list[JSON]:
        return [
            m
            for name, m in self._sent
            if name == method and (chat_id is None or m["chat"]["id"] == chat_id)
        ]

    # --- polls and files ---------------------------------------------------------------------

    def _poll_state(self, poll_id: str) -> PollState:
        state = self._polls.get(poll_id)
        if state is None:
            raise ValueError(f"unknown poll {poll_id!r}; known: {sorted(self._polls)}")
        close_date = state.poll.get("close_date")
        if not state.poll["is_closed"] and close_date and close_date <= time.time():
            self._set_poll(state, {**state.poll, "is_closed": True})
        return state

    def _set_poll(self, state: PollState, poll: JSON) -> None:
        state.poll = poll
        key = (state.chat_id, state.message_id)
        if key in self._messages:
            self._messages[key] = {**self._messages[key], "poll": poll}

    def poll(self, poll_id: str) -> JSON:
        """Current state of a poll the bot sent (votes, is_closed)."""
        return self._poll_state(poll_id).poll

    def add_file(
        self,
        data: bytes,
        file_name: str = "file.bin",
        mime_type: str = "application/octet-stream",
        *,
        folder: str = "documents",
    ) -> JSON:
        """Stores bytes as a Telegram file and returns its Document JSON (for user messages)."""
        number = self._next_id()
        suffix = file_name.rpartition(".")[2] if "." in file_name else "bin"
        stored = StoredFile(
            file_id=f"BQACAgIAAxkBAAIL{number:08d}",
            file_unique_id=f"AgADL{number:06d}",
            file_path=f"{folder}/file_{number}.{suffix}",
            data=bytes(data),
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return self._document_json(stored)

    @staticmethod
    def _document_json(stored: StoredFile) -> JSON:
        document: JSON = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if stored.file_name:
            document["file_name"] = stored.file_name
        if stored.mime_type:
            document["mime_type"] = stored.mime_type
        return document

    def file_bytes(self, file_id: str) -> bytes:
        """Contents of a stored file (uploaded by the bot or added by a test)."""
        return self._files[file_id].data
