"""The Bot API methods of the fake server: messages, edits, polls, files, commands, webhooks."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
from collections import deque
from collections.abc import Callable
from typing import Any

from fake_bot_api.common import (
    DEFAULT_DESCRIPTIONS,
    JSON,
    ApiError,
    UploadedFile,
    as_int,
    now,
    seconds,
    strip_reply,
)
from fake_bot_api.entities import format_text
from fake_bot_api.state import ChatState, PollState

_LOGGER = logging.getLogger(__name__)

_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_DOWNLOAD = 20 * 1024 * 1024
_MAX_PHOTO = 10 * 1024 * 1024
_JPEG_FRAMES = frozenset(
    {*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), 0xCD, 0xCE, 0xCF}
)

_BUTTON_ACTIONS = (
    "callback_data",
    "callback_game",
    "copy_text",
    "login_url",
    "pay",
    "switch_inline_query",
    "switch_inline_query_chosen_chat",
    "switch_inline_query_current_chat",
    "url",
    "web_app",
)

# The member right each sending method needs in a group, and how Telegram's refusal names it.
_RIGHTS = {
    "sendMessage": ("can_send_messages", "text messages"),
    "sendPoll": ("can_send_polls", "polls"),
    "sendDocument": ("can_send_documents", "documents"),
    "sendPhoto": ("can_send_photos", "photos"),
}

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)

_QUERY_TOO_OLD = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)


class BotMethods(ChatState):
    """The Bot API methods the fake answers, each checked as Telegram checks it.

    Only methods the bot (through PTB) calls are served; any other answers 404 "method not
    found" as Telegram does for an unknown method, so a new call fails loudly in tests instead of
    meeting an untested imitation. Telegram's own error descriptions are used throughout.
    """

    _closing: asyncio.Event
    _poll_generation: int

    def _init_methods(self) -> None:
        self._poll_generation = 0
        self.callback_answers: dict[str, JSON] = {}
        self.inline_answers: dict[str, JSON] = {}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self.webhook_url = ""
        self.webhook_secret_token: str | None = None
        self._photos: dict[str, list[JSON]] = {}  # file id of the largest size -> all sizes

    # --- updates -----------------------------------------------------------------------------

    async def _get_updates(self, p: JSON) -> list[JSON]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = p.get("offset")
        limit = min(max(as_int(p.get("limit"), 100), 1), 100)
        timeout = max(seconds(p.get("timeout")), 0.0)
        self._set_allowed_updates(p.get("allowed_updates"))
        self._ack(offset)
        # Like Telegram, a newer getUpdates ends an older one still waiting.
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._updates_changed
            if generation != self._poll_generation:
                raise ApiError(409, DEFAULT_DESCRIPTIONS[409])
            if any(not self._allowed(u) for u in self._updates):
                # Telegram discards updates of types the bot did not ask for.
                skipped = [u for u in self._updates if not self._allowed(u)]
                _LOGGER.info(
                    "allowed_updates discards %s", [self._update_type(u) for u in skipped]
                )
                self.undelivered.extend(skipped)
                self._updates = deque(u for u in self._updates if self._allowed(u))
            ready = list(itertools.islice(self._updates, limit))  # _ack dropped older ones
            remaining = deadline - loop.time()
            if ready or remaining <= 0 or self._closing.is_set():
                return ready
            try:
                async with asyncio.timeout(remaining):
                    await changed.wait()
            except TimeoutError:
                pass

    @staticmethod
    def _inline_markup(markup: Any) -> JSON | None:
        """Validates reply_markup; returns it if it is an inline keyboard (the kind echoed)."""
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ApiError(400, "Bad Request: can't parse inline keyboard markup JSON object")
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise ApiError(400, "Bad Request: can't parse inline keyboard button")
                if not any(key in button for key in _BUTTON_ACTIONS):
                    raise ApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard",
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _reply_target(self, p: JSON, chat_id: int) -> JSON | None:
        params = p.get("reply_parameters")
        if not isinstance(params, dict):
            if p.get("reply_to_message_id") is None:
                return None
            params = {"message_id": p["reply_to_message_id"]}
        target_chat = as_int(params.get("chat_id"), chat_id)
        target = self._messages.get((target_chat, as_int(params.get("message_id"), 0)))
        if target is None:
            if params.get("allow_sending_without_reply") or p.get("allow_sending_without_reply"):
                return None
            raise ApiError(400, "Bad Request: message to be replied not found")
        return strip_reply(target)

    def _send(self, method: str, p: JSON, fields: JSON) -> JSON:
        chat = self._chat_for(p.get("chat_id"))
        self._check_can_send(chat)
        self._check_rights(chat, *_RIGHTS[method])
        thread_id = self._check_thread(chat, p.get("message_thread_id"))
        fields = dict(fields)
        fields["reply_to_message"] = self._reply_target(p, chat["id"])
        fields["reply_markup"] = self._inline_markup(p.get("reply_markup"))
        if thread_id is not None:
            fields["message_thread_id"] = thread_id
            fields["is_topic_message"] = True
        message = self._new_message(chat, self.bot_user, fields)
        self._sent.append((method, message))
        return message

    def _send_message(self, p: JSON) -> JSON:
        text, entities = format_text(p.get("text"), p.get("parse_mode"), p.get("entities"))
        if len(text) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return self._send("sendMessage", p, {"text": text, "entities": entities or None})

    def _caption(self, p: JSON) -> JSON:
        if p.get("caption") in (None, ""):
            return {}
        text, entities = format_text(
            p["caption"], p.get("parse_mode"), p.get("caption_entities"), what="caption"
        )
        if len(text) > _MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        return {"caption": text or None, "caption_entities": entities or None}

    def _owned_message(self, p: JSON, *, not_found: str = "message to edit not found") -> JSON:
        chat = self._chat_for(p.get("chat_id"))
        if p.get("message_id") is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        message = self._messages.get((chat["id"], as_int(p["message_id"], 0)))
        if message is None:
            raise ApiError(400, f"Bad Request: {not_found}")
        if message.get("from", {}).get("id") != self.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _edit_message_text(self, p: JSON) -> JSON | bool:
        text, entities = format_text(p.get("text"), p.get("parse_mode"), p.get("entities"))
        if len(text) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        markup = self._inline_markup(p.get("reply_markup"))
        if p.get("inline_message_id"):
            return True
        message = self._owned_message(p)
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if (
            message["text"] == text
            and message.get("entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise ApiError(400, _NOT_MODIFIED)
        # Editing the text without reply_markup removes the inline keyboard, as on Telegram.
        return self._replace_message(
            message, {"text": text, "entities": entities or None, "reply_markup": markup}
        )

    def _edit_message_reply_markup(self, p: JSON) -> JSON | bool:
        markup = self._inline_markup(p.get("reply_markup"))
        if p.get("inline_message_id"):
            return True
        message = self._owned_message(p)
        if message.get("reply_markup") == markup:
            raise ApiError(400, _NOT_MODIFIED)
        return self._replace_message(message, {"reply_markup": markup})

    # --- polls -------------------------------------------------------------------------------

    def _send_poll(self, p: JSON) -> JSON:
        question = p.get("question")
        if not isinstance(question, str) or not question.strip():
            raise ApiError(400, "Bad Request: poll question must be non-empty")
        if len(question) > 300:
            raise ApiError(400, "Bad Request: poll question length must not exceed 300")
        raw_options = p.get("options")
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            raise ApiError(400, "Bad Request: poll must have at least 2 option")
        if len(raw_options) > 12:
            raise ApiError(400, "Bad Request: poll can't have more than 12 options")
        raw_texts = [o.get("text") if isinstance(o, dict) else o for o in raw_options]
        if not all(isinstance(t, str) and t.strip() for t in raw_texts):
            raise ApiError(400, "Bad Request: poll options must be non-empty")
        texts = [str(t) for t in raw_texts]
        if any(len(t) > 100 for t in texts):
            raise ApiError(400, "Bad Request: poll options length must not exceed 100")
        kind = p.get("type") or "regular"
        if kind not in ("regular", "quiz"):
            raise ApiError(400, "Bad Request: wrong poll type specified")
        multiple = bool(p.get("allows_multiple_answers"))
        correct = p.get("correct_option_ids")
        if correct is None and p.get("correct_option_id") is not None:
            correct = [p["correct_option_id"]]
        poll_id = str(self.poll_id_base + self._next_id())
        chat = self._chat_for(p.get("chat_id"))
        anonymous = p.get("is_anonymous", True) is not False
        if chat["type"] == "channel" and not anonymous:
            raise ApiError(400, "Bad Request: non-anonymous polls can't be sent to channel chats")
        poll: JSON = {
            "id": poll_id,
            "question": question,
            "options": [
                {"text": t, "voter_count": 0, "persistent_id": f"o{self._next_id()}"}
                for t in texts
            ],
            "total_voter_count": 0,
            "is_closed": bool(p.get("is_closed")),
            "is_anonymous": anonymous,
            "type": kind,
            "allows_multiple_answers": multiple,
            "allows_revoting": bool(p.get("allows_revoting", kind == "regular")),
            "members_only": bool(p.get("members_only")),
        }
        if kind == "quiz":
            valid = (
                isinstance(correct, list)
                and correct
                and all(isinstance(i, int) and 0 <= i < len(texts) for i in correct)
                and len(set(correct)) == len(correct)
                and (multiple or len(correct) == 1)
            )
            if not valid:
                raise ApiError(400, "Bad Request: wrong correct option id specified")
            poll["correct_option_ids"] = correct
        if p.get("explanation"):
            explanation, entities = format_text(
                p["explanation"],
                p.get("explanation_parse_mode"),
                p.get("explanation_entities"),
                what="explanation",
            )
            if len(explanation) > 200 or explanation.count("\n") > 2:
                raise ApiError(400, "Bad Request: explanation is too long")
            poll["explanation"] = explanation
            if entities:
                poll["explanation_entities"] = entities
        if isinstance(p.get("question_entities"), list) and p["question_entities"]:
            poll["question_entities"] = p["question_entities"]
        open_period = p.get("open_period")
        if open_period is not None:
            if not isinstance(open_period, int) or not 5 <= open_period <= 2_628_000:
                raise ApiError(400, "Bad Request: wrong open period specified")
            poll["open_period"] = open_period
            poll["close_date"] = now() + open_period
        elif isinstance(p.get("close_date"), int):
            poll["close_date"] = p["close_date"]
        message = self._send("sendPoll", p, {"poll": poll})
        self._polls[poll_id] = PollState(poll, chat["id"], message["message_id"])
        return message

    def _stop_poll(self, p: JSON) -> JSON:
        message = self._owned_message(p, not_found="message with poll to stop not found")
        if "poll" not in message:
            raise ApiError(400, "Bad Request: message with poll to stop not found")
        state = self._poll_state(message["poll"]["id"])
        if state.poll["is_closed"]:
            raise ApiError(400, "Bad Request: poll has already been closed")
        markup = self._inline_markup(p.get("reply_markup"))
        self._set_poll(state, {**state.poll, "is_closed": True})
        key = (state.chat_id, state.message_id)
        if key in self._messages:
            changes = {"reply_markup": markup} if markup else {}
            self._messages[key] = {
                k: v for k, v in {**self._messages[key], **changes}.items() if k != "reply_markup"
            } | changes
        return state.poll

    # --- files -------------------------------------------------------------------------------

    def _send_document(self, p: JSON) -> JSON:
        document = _file_param(p, "document")
        if isinstance(document, UploadedFile):
            if not document.data:
                raise ApiError(400, "Bad Request: file must be non-empty")
            doc = self.add_file(
                document.data,
                document.filename or "document",
                document.content_type or "application/octet-stream",
            )
        elif isinstance(document, str) and document in self._files:
            doc = self._document_json(self._files[document])
        else:
            raise _bad_file(document, "document")
        return self._send("sendDocument", p, {"document": doc, **self._caption(p)})

    def _send_photo(self, p: JSON) -> JSON:
        photo = _file_param(p, "photo")
        if isinstance(photo, UploadedFile):
            sizes = self._store_photo(photo.data)
        elif isinstance(photo, str) and photo in self._photos:
            sizes = self._photos[photo]  # a file id Telegram gave earlier: no new upload
        else:
            raise _bad_file(photo, "photo")
        return self._send("sendPhoto", p, {"photo": sizes, **self._caption(p)})

    def _store_photo(self, data: bytes) -> list[JSON]:
        """Checks an uploaded picture as Telegram does and returns its PhotoSize list."""
        if not data:
            raise ApiError(400, "Bad Request: file must be non-empty")
        if len(data) > _MAX_PHOTO:
            raise ApiError(400, "Bad Request: file is too big")
        size = image_size(data)
        if size is None:
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        width, height = size
        if width + height > 10_000 or max(width, height) > 20 * min(width, height):
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        # Telegram keeps scaled copies (longest side 90, 320, 800, 1280) and the picture itself
        # up to 2560 px. The copies here hold the original bytes: only their sizes matter.
        longest = max(width, height)
        sides = [side for side in (90, 320, 800, 1280) if side < longest] + [min(longest, 2560)]
        sizes: list[JSON] = []
        for side in sides:
            stored = self.add_file(data, "photo.jpg", "image/jpeg", folder="photos")
            sizes.append(
                {
                    "file_id": stored["file_id"],
                    "file_unique_id": stored["file_unique_id"],
                    "file_size": len(data),
                    "width": max(1, round(width * side / longest)),
                    "height": max(1, round(height * side / longest)),
                }
            )
        self._photos[sizes[-1]["file_id"]] = sizes
        return sizes

    def _get_file(self, p: JSON) -> JSON:
        stored = self._files.get(str(p.get("file_id", "")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if len(stored.data) > _MAX_DOWNLOAD:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    # --- other methods -----------------------------------------------------------------------

    def _get_me(self, _: JSON) -> JSON:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _set_webhook(self, p: JSON) -> bool:
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook_url = str(p.get("url") or "")
        self.webhook_secret_token = secret if self.webhook_url else None
        self._set_allowed_updates(p.get("allowed_updates"))
        if p.get("drop_pending_updates"):
            self._updates.clear()
        self._wake_pollers()
        return True

    def _delete_webhook(self, p: JSON) -> bool:
        self.webhook_url = ""
        self.webhook_secret_token = None
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    @staticmethod
    def _scope_key(scope: Any) -> str:
        scope = scope if isinstance(scope, dict) else {"type": "default"}
        return json.dumps(scope, sort_keys=True)

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """Commands stored by setMyCommands for a scope (default scope when None)."""
        return self._commands.get((self._scope_key(scope), language_code), [])

    def _set_my_commands(self, p: JSON) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands")
        for command in commands:
            name = command.get("command", "") if isinstance(command, dict) else ""
            description = command.get("description", "") if isinstance(command, dict) else ""
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(name).lstrip("/")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(description)) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = (self._scope_key(p.get("scope")), str(p.get("language_code") or ""))
        self._commands[key] = [
            {"command": c["command"].lstrip("/"), "description": c["description"]}
            for c in commands
        ]
        return True

    def _answer_callback_query(self, p: JSON) -> bool:
        query_id = str(p.get("callback_query_id", ""))
        if query_id not in self._open_callback_queries:
            raise ApiError(400, _QUERY_TOO_OLD)
        if len(str(p.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._open_callback_queries.discard(query_id)
        self.callback_answers[query_id] = p
        return True

    def _answer_inline_query(self, p: JSON) -> bool:
        query_id = str(p.get("inline_query_id", ""))
        if query_id not in self._open_inline_queries:
            raise ApiError(400, _QUERY_TOO_OLD)
        results = p.get("results")
        if not isinstance(results, list):
            raise ApiError(400, "Bad Request: can't parse results JSON object")
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id") if isinstance(r, dict) else None for r in results]
        if not all(isinstance(i, str) and 1 <= len(i.encode()) <= 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        if len(set(ids)) != len(ids):
            raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
        self._open_inline_queries.discard(query_id)
        self.inline_answers[query_id] = p
        return True

    def _get_chat_member(self, p: JSON) -> JSON:
        chat = self._chat_for(p.get("chat_id"))
        user_id = p.get("user_id")
        if not isinstance(user_id, int):
            raise ApiError(400, "Bad Request: user not found")
        return self._member_json(chat["id"], user_id)

    def _method_table(self) -> dict[str, Callable[[JSON], Any]]:
        return {
            # What the bot calls, through PTB's Application, Updater and handlers.
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "setMyCommands": self._set_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "sendPoll": self._send_poll,
            "getChatMember": self._get_chat_member,
            "sendDocument": self._send_document,
            "getFile": self._get_file,
            # For the route map (/map sends a committed picture, then reuses its file id).
            "sendPhoto": self._send_photo,
            # Not called yet, kept for quizzes that can be stopped (/stopquiz closes its poll).
            "stopPoll": self._stop_poll,
        }


def _file_param(p: JSON, name: str) -> Any:
    """A file parameter: an upload (also through ``attach://``), a file id or a URL."""
    value = p.get(name)
    if isinstance(value, str) and value.startswith("attach://"):
        return p.get(value[len("attach://") :])
    return value


def _bad_file(value: Any, what: str) -> ApiError:
    """Telegram's answer for a file parameter that is neither an upload nor a known file id."""
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        # The fake never fetches URLs: nothing here may reach other addresses.
        return ApiError(400, "Bad Request: failed to get HTTP URL content")
    if isinstance(value, str) and value:
        return ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
    return ApiError(400, f"Bad Request: there is no {what} in the request")


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG or JPEG picture, read from its header; None for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:2] != b"\xff\xd8":
        return None
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD9:  # markers without a length
            i += 2
            continue
        if marker in _JPEG_FRAMES and i + 9 <= len(data):
            height = int.from_bytes(data[i + 5 : i + 7], "big")
            width = int.from_bytes(data[i + 7 : i + 9], "big")
            return (width, height) if width and height else None
        i += 2 + int.from_bytes(data[i + 2 : i + 4], "big")
    return None
