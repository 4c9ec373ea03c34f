"""The route map: the committed picture, its shaped labels, and /map and its button end to end."""

import struct
import zlib
from pathlib import Path

import pytest

from bot import texts
from bot.route_map import map_bytes, map_caption
from knowledge.geo import MEDINA, TABUK, distance_km, medina_tabuk_km
from tests.conftest import USER_ID, RunningBot, send
from tools import render_map

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

GROUP_ID = -100777


def _png_header(data: bytes) -> tuple[int, int, int, int]:
    """Width, height, bit depth and colour type from the IHDR chunk, checking its CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    body = data[16:29]
    (crc,) = struct.unpack(">I", data[29:33])
    assert zlib.crc32(kind + body) == crc, "corrupt IHDR chunk"
    width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    return width, height, depth, colour


def test_committed_map_is_a_valid_png_of_the_stated_size() -> None:
    data = map_bytes()
    width, height, _, _ = _png_header(data)
    assert (width, height) == (render_map.WIDTH_PX, render_map.HEIGHT_PX)
    assert width >= 1000
    assert len(data) < render_map.MAX_BYTES
    assert data.rstrip().endswith(b"IEND\xaeB`\x82")


@pytest.mark.parametrize("label", render_map.all_labels())
def test_every_map_label_is_shaped_and_right_to_left(label: str) -> None:
    shaped = render_map.shape(label)
    assert not render_map.ARABIC_LETTER.search(shaped)
    assert render_map.PRESENTATION_FORM.search(shaped)


def test_the_shaping_check_refuses_unshaped_text() -> None:
    with pytest.raises(render_map.ShapingError):
        render_map.check_shaped("دومة الجندل", "دومة الجندل")
    with pytest.raises(render_map.ShapingError):
        # Joined letters but still in logical order: words would read backwards.
        joined = " ".join(render_map.shape_word_only(w) for w in ["دومة", "الجندل"])
        render_map.check_shaped("دومة الجندل", joined)


def test_distance_is_computed_from_the_coordinates() -> None:
    km = distance_km(MEDINA, TABUK)
    assert 500 < km < 560  # Medina and Tabuk are about 530 km apart as the crow flies
    assert medina_tabuk_km() % 10 == 0
    assert abs(medina_tabuk_km() - km) <= 5


def test_caption_names_both_towns_says_the_distance_is_modern_and_fits() -> None:
    caption = map_caption()
    assert "المدينة المنورة" in caption and "تبوك" in caption
    assert f"{medina_tabuk_km()} كم" in caption
    assert "قياس حديث" in caption and "لا يذكره النص" in caption
    english = map_caption(english=True)
    assert "Medina" in english and "Tabuk" in english
    assert len(english) <= 1024


async def test_map_command_sends_the_picture_and_then_reuses_its_file_id(
    bot: RunningBot,
) -> None:
    first = await send(bot.api, bot.api.private_message(USER_ID, "/map"), "sendPhoto")
    assert first.result["photo"][-1]["width"] == render_map.WIDTH_PX
    assert "المدينة المنورة" in first.result["caption"]
    file_id = first.result["photo"][-1]["file_id"]
    assert bot.api.file_bytes(file_id) == map_bytes()

    second = await send(bot.api, bot.api.private_message(USER_ID, "/map"), "sendPhoto")
    assert second.params["photo"] == file_id  # no second upload


async def test_answer_about_the_route_has_a_map_button_that_sends_the_map(
    bot: RunningBot,
) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "وين توجه الجيش في غزوة تبوك"))
    buttons = [b for row in call.params["reply_markup"]["inline_keyboard"] for b in row]
    map_button = next(b for b in buttons if b["text"] == texts.BUTTON_MAP)
    photo = await send(
        bot.api,
        bot.api.callback_query(USER_ID, call.result, map_button["callback_data"]),
        "sendPhoto",
    )
    assert photo.params["chat_id"] == USER_ID
    assert "تبوك" in photo.result["caption"]


async def test_answer_not_about_places_has_no_map_button(bot: RunningBot) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "كم كان عدد جيش المسلمين"))
    buttons = [b for row in call.params["reply_markup"]["inline_keyboard"] for b in row]
    assert texts.BUTTON_MAP not in [b["text"] for b in buttons]


def test_render_script_writes_a_fresh_picture(tmp_path: Path) -> None:
    pytest.importorskip("mpl_toolkits.basemap", reason="the map extra renders the picture")
    out = render_map.render(tmp_path / "map.png")
    width, height, _, _ = _png_header(out.read_bytes())
    assert (width, height) == (render_map.WIDTH_PX, render_map.HEIGHT_PX)


async def test_map_in_a_forum_topic_stays_in_that_topic(bot: RunningBot) -> None:
    bot.api.add_chat(GROUP_ID, chat_type="supergroup", title="حلقة السيرة", is_forum=True)
    update = bot.api.group_message(
        GROUP_ID, USER_ID, "/map", extra={"message_thread_id": 7, "is_topic_message": True}
    )
    photo = await send(bot.api, update, "sendPhoto")
    assert photo.params["chat_id"] == GROUP_ID
    assert photo.params["message_thread_id"] == 7
    assert photo.result["message_thread_id"] == 7


async def test_offline_chat_saves_the_map_and_says_where(
    config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from bot.console import run_console

    monkeypatch.chdir(tmp_path)
    output = io.StringIO()
    await run_console(config, input_stream=io.StringIO("/map\n"), output=output)
    saved = tmp_path / "route_map.png"
    assert saved.read_bytes() == map_bytes()
    assert texts.CONSOLE_PHOTO_SAVED.format(path=saved) in output.getvalue()
