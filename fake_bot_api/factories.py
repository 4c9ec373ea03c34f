"""Update factories: what users do (messages, button presses, votes, joins), as update dicts.

Each returns an update dict without update_id; pass it to ``push_update()``. They also change
the fake's state as Telegram would (a vote updates the poll's counts, a migration moves the
group). Factories for messages the bot does not handle specially (photos, stickers, forwards,
channel posts, edits) stay because the robustness tests send them: a user may send anything.
"""

from __future__ import annotations

from typing import Any

from fake_bot_api.common import JSON, now, strip_reply
from fake_bot_api.entities import detect_entities
from fake_bot_api.state import ChatState


class UpdateFactories(ChatState):
    """The users' side of the conversation; a mixin of LocalBotApi."""

    def chat_message(
        self,
        chat_id: int,
        user_id: int | None,
        text: str | None = None,
        *,
        entities: list[JSON] | None = None,
        caption: str | None = None,
        reply_to_message_id: int | None = None,
        document: JSON | None = None,
        photo: bytes | bool | None = None,
        sticker: str | None = None,
        forward_from_user_id: int | None = None,
        forward_sender_name: str | None = None,
        forward_from_chat_id: int | None = None,
        forward_message_id: int | None = None,
        via_bot: bool = False,
        extra: JSON | None = None,
        title: str | None = None,
        chat_type: str | None = None,
        message_thread_id: int | None = None,
    ) -> JSON:
        """A new message in any chat; the base of the other message factories.

        Commands, @mentions, hashtags and URLs in ``text``/``caption`` get entities (UTF-16
        offsets) unless ``entities`` is given. ``photo`` (bytes or True) and ``document`` (from
        ``add_file``) are downloadable with getFile. ``sticker`` is the sticker's emoji.
        ``message_thread_id`` posts it in that topic of a forum (``add_topic``, or
        ``add_chat(..., is_forum=True)``); the bot may then send to that topic.
        """
        chat = self.add_chat(chat_id, chat_type=chat_type, title=title) if chat_id < 0 else None
        chat = chat or self.chat(chat_id)
        sender = self.user(user_id) if user_id is not None else None
        fields: JSON = {}
        if text is not None:
            fields["text"] = text
            marks = entities if entities is not None else detect_entities(text)
            fields["entities"] = marks or None
        if caption is not None:
            fields["caption"] = caption
            fields["caption_entities"] = detect_entities(caption) or None
        if reply_to_message_id is not None:
            target = self._messages.get((chat_id, reply_to_message_id))
            if target is None:
                raise ValueError(f"no message {reply_to_message_id} in chat {chat_id}")
            fields["reply_to_message"] = strip_reply(target)
        if document is not None:
            fields["document"] = document
        if photo:
            data = photo if isinstance(photo, bytes) else b"\xff\xd8\xff\xe0fake-jpeg"
            fields["photo"] = self._photo_sizes(data)
        if sticker is not None:
            number = self._next_id()
            fields["sticker"] = {
                "file_id": f"CAACAgIAAxkBAAIS{number:08d}",
                "file_unique_id": f"AgADS{number:06d}",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
                "emoji": sticker,
            }
        origin = self._forward_origin(
            forward_from_user_id, forward_sender_name, forward_from_chat_id, forward_message_id
        )
        fields["forward_origin"] = origin
        if via_bot:
            fields["via_bot"] = self.bot_user
        if message_thread_id is not None:
            if not chat.get("is_forum"):
                raise ValueError(f"chat {chat_id} is no forum; see add_topic")
            fields.update(message_thread_id=message_thread_id, is_topic_message=True)
        if extra:
            fields.update(extra)
        thread_id = fields.get("message_thread_id")
        if thread_id and chat.get("is_forum"):
            # A user wrote in this topic, so it exists (Telegram would know it).
            self._topics.setdefault(chat_id, {}).setdefault(int(thread_id), "")
        if chat["type"] == "channel":
            fields.setdefault("sender_chat", dict(chat))
            sender = None
        message = self._new_message(chat, sender, fields)
        return {"channel_post" if chat["type"] == "channel" else "message": message}

    def private_message(self, user_id: int, text: str | None = None, **kwargs: Any) -> JSON:
        """A message from ``user_id`` in its private chat with the bot."""
        return self.chat_message(user_id, user_id, text, **kwargs)

    def group_message(
        self,
        chat_id: int,
        user_id: int,
        text: str | None = None,
        *,
        reply_to_bot_message_id: int | None = None,
        title: str | None = None,
        supergroup: bool | None = None,
        **kwargs: Any,
    ) -> JSON:
        """A message in a group; ``supergroup`` None infers the type from the -100 prefix."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        chat_type = None if supergroup is None else ("supergroup" if supergroup else "group")
        if reply_to_bot_message_id is not None:
            kwargs["reply_to_message_id"] = reply_to_bot_message_id
        return self.chat_message(
            chat_id, user_id, text, title=title, chat_type=chat_type, **kwargs
        )

    def channel_post(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        title: str | None = None,
        username: str | None = None,
        author_signature: str | None = None,
        **kwargs: Any,
    ) -> JSON:
        """A post in a channel (``channel_post`` update, sender_chat, no ``from``)."""
        self.add_chat(chat_id, chat_type="channel", title=title, username=username)
        extra = dict(kwargs.pop("extra", None) or {})
        if author_signature:
            extra["author_signature"] = author_signature
        return self.chat_message(chat_id, None, text, extra=extra, **kwargs)

    def edited_message(
        self,
        chat_id: int,
        message_id: int,
        text: str,
        *,
        entities: list[JSON] | None = None,
    ) -> JSON:
        """A user's edit of an earlier message (``edited_message``/``edited_channel_post``)."""
        message = self._messages.get((chat_id, message_id))
        if message is None:
            raise ValueError(f"no message {message_id} in chat {chat_id}")
        key = "text" if "text" in message or "caption" not in message else "caption"
        marks = entities if entities is not None else detect_entities(text)
        marks_key = "entities" if key == "text" else "caption_entities"
        new = self._replace_message(message, {key: text, marks_key: marks or None})
        kind = "edited_channel_post" if new["chat"]["type"] == "channel" else "edited_message"
        return {kind: new}

    def _photo_sizes(self, data: bytes) -> list[JSON]:
        stored = self.add_file(data, "photo.jpg", "image/jpeg", folder="photos")
        unique = stored["file_unique_id"]
        small = self.add_file(data[:64] or data, "thumb.jpg", "image/jpeg", folder="photos")
        return [
            {
                "file_id": small["file_id"],
                "file_unique_id": small["file_unique_id"],
                "file_size": small["file_size"],
                "width": 90,
                "height": 90,
            },
            {
                "file_id": stored["file_id"],
                "file_unique_id": unique,
                "file_size": stored["file_size"],
                "width": 800,
                "height": 800,
            },
        ]

    def _forward_origin(
        self,
        user_id: int | None,
        sender_name: str | None,
        chat_id: int | None,
        message_id: int | None,
    ) -> JSON | None:
        date = now() - 60
        if user_id is not None:
            return {"type": "user", "date": date, "sender_user": self.user(user_id)}
        if sender_name is not None:
            return {"type": "hidden_user", "date": date, "sender_user_name": sender_name}
        if chat_id is not None:
            chat = self.chat(chat_id)
            if chat["type"] == "channel":
                return {
                    "type": "channel",
                    "date": date,
                    "chat": dict(chat),
                    "message_id": message_id or 1,
                }
            return {"type": "chat", "date": date, "sender_chat": dict(chat)}
        return None

    def callback_query(
        self,
        user_id: int,
        message: Any,
        data: str,
        *,
        chat_instance: str | None = None,
    ) -> JSON:
        """A press on an inline button of ``message`` (the bot's message dict or PTB Message)."""
        if hasattr(message, "to_dict"):
            message = message.to_dict()
        chat_id = message["chat"]["id"]
        current = self._messages.get((chat_id, message["message_id"]), message)
        query_id = str(4_000_000_000_000_000_000 + self._next_id())
        self._open_callback_queries.add(query_id)
        query = {
            "id": query_id,
            "from": self.user(user_id),
            "chat_instance": chat_instance or str(7_000_000_000_000_000_000 + abs(chat_id)),
            "message": current,
            "data": data,
        }
        return {"callback_query": query}

    def inline_query(
        self, user_id: int, query: str, *, offset: str = "", chat_type: str | None = "private"
    ) -> JSON:
        """An inline query typed by ``user_id`` (``@TabukBot query``)."""
        query_id = str(3_000_000_000_000_000_000 + self._next_id())
        self._open_inline_queries.add(query_id)
        inline: JSON = {
            "id": query_id,
            "from": self.user(user_id),
            "query": query,
            "offset": offset,
        }
        if chat_type:
            inline["chat_type"] = chat_type
        return {"inline_query": inline}

    def poll_answer(self, poll_id: str, user_id: int, option_ids: list[int]) -> JSON:
        """A vote in a poll the bot sent; also updates the poll's counts.

        Raises ValueError where Telegram would send nothing: anonymous or closed polls, a second
        vote where re-voting is not allowed, bad option ids.
        """
        state = self._poll_state(poll_id)
        poll = state.poll
        if poll["is_anonymous"]:
            raise ValueError("Telegram sends no poll_answer for anonymous polls (is_anonymous)")
        if poll["is_closed"]:
            raise ValueError(f"poll {poll_id} is closed")
        count = len(poll["options"])
        if any(not 0 <= i < count for i in option_ids) or len(set(option_ids)) != len(option_ids):
            raise ValueError(f"bad option ids {option_ids} for {count} options")
        if len(option_ids) > 1 and not poll["allows_multiple_answers"]:
            raise ValueError("this poll allows one answer only")
        previous = state.votes.get(user_id)
        if previous and not poll["allows_revoting"]:
            raise ValueError(f"user {user_id} already voted and the poll forbids re-voting")
        if not option_ids and not previous:
            raise ValueError("nothing to retract")
        options = [dict(o) for o in poll["options"]]
        for i in previous or []:
            options[i]["voter_count"] -= 1
        for i in option_ids:
            options[i]["voter_count"] += 1
        if option_ids:
            state.votes[user_id] = list(option_ids)
        else:
            state.votes.pop(user_id, None)
        self._set_poll(state, {**poll, "options": options, "total_voter_count": len(state.votes)})
        answer = {
            "poll_id": poll_id,
            "user": self.user(user_id),
            "option_ids": list(option_ids),
            "option_persistent_ids": [options[i]["persistent_id"] for i in option_ids],
        }
        return {"poll_answer": answer}

    def poll_update(self, poll_id: str) -> JSON:
        """A ``poll`` update carrying the poll's current state."""
        return {"poll": self.poll(poll_id)}

    def poll_closed_by_user(self, poll_id: str) -> JSON:
        """A person closes a poll before its time (as a group owner may in the app): the
        poll is closed, and the ``poll`` update Telegram then sends carries it closed.

        Raises ValueError if it is closed already (Telegram sends nothing then)."""
        state = self._poll_state(poll_id)
        if state.poll["is_closed"]:
            raise ValueError(f"poll {poll_id} is closed")
        self._set_poll(state, {**state.poll, "is_closed": True})
        return self.poll_update(poll_id)

    def _member_update(
        self,
        chat_id: int,
        member: JSON,
        old: JSON,
        new: JSON,
        by_user_id: int | None,
    ) -> JSON:
        chat = self.chat(chat_id)
        by = by_user_id if by_user_id is not None else (chat_id if chat_id > 0 else 1)
        return {
            "chat": dict(chat),
            "from": self.user(by),
            "date": now(),
            "old_chat_member": old,
            "new_chat_member": new,
        }

    def my_chat_member(
        self,
        chat_id: int,
        new_status: str,
        *,
        old_status: str | None = None,
        by_user_id: int | None = None,
        **member_fields: Any,
    ) -> JSON:
        """The bot's own status changed (added, promoted, removed, blocked by a user)."""
        self.chat(chat_id)
        if old_status is None:
            old_status = self._bot_status.get(chat_id) or ("member" if chat_id > 0 else "left")
        old = self.chat_member_json(self.bot_user, old_status)
        new = self.chat_member_json(self.bot_user, new_status, **member_fields)
        self.set_bot_status(chat_id, new_status, **member_fields)
        return {
            "my_chat_member": self._member_update(chat_id, self.bot_user, old, new, by_user_id)
        }

    def chat_member(
        self,
        chat_id: int,
        user_id: int,
        new_status: str,
        *,
        old_status: str | None = None,
        by_user_id: int | None = None,
        **member_fields: Any,
    ) -> JSON:
        """Another member's status changed (delivered only if allowed_updates asks for it)."""
        user = self.user(user_id)
        if old_status is None:
            old = self._member_json(chat_id, user_id)
        else:
            old = self.chat_member_json(user, old_status)
        self.set_member_status(chat_id, user_id, new_status, **member_fields)
        new = self._member_json(chat_id, user_id)
        return {"chat_member": self._member_update(chat_id, user, old, new, by_user_id)}

    def new_chat_members(
        self, chat_id: int, user_ids: list[int], *, by_user_id: int | None = None
    ) -> JSON:
        """The service message for users (or the bot) joining a group."""
        by = by_user_id if by_user_id is not None else user_ids[0]
        members = [self.bot_user if uid == self.bot_id else self.user(uid) for uid in user_ids]
        return self.chat_message(chat_id, by, extra={"new_chat_members": members})

    def migrate_to_chat(
        self, old_chat_id: int, new_chat_id: int, *, user_id: int | None = None
    ) -> JSON:
        """The service message in the old group saying it became supergroup ``new_chat_id``.

        Afterwards methods that name the old chat fail with ChatMigrated, as on Telegram.
        """
        old_chat = self.add_chat(old_chat_id, chat_type="group")
        self.add_chat(new_chat_id, chat_type="supergroup", title=old_chat["title"])
        if old_chat_id in self._bot_status:
            self._bot_status[new_chat_id] = self._bot_status[old_chat_id]
            self._bot_rights[new_chat_id] = dict(self._bot_rights.get(old_chat_id, {}))
        update = self.chat_message(
            old_chat_id,
            user_id if user_id is not None else 1,
            extra={"migrate_to_chat_id": new_chat_id},
        )
        self._migrated[old_chat_id] = new_chat_id
        return update

    def migrate_from_chat(
        self, old_chat_id: int, new_chat_id: int, *, user_id: int | None = None
    ) -> JSON:
        """The matching service message in the new supergroup (``migrate_from_chat_id``)."""
        self.add_chat(new_chat_id, chat_type="supergroup")
        return self.chat_message(
            new_chat_id,
            user_id if user_id is not None else 1,
            extra={"migrate_from_chat_id": old_chat_id},
        )
