"""The web chat page that `make run` opens, used in a real browser as a person would."""

from __future__ import annotations

import pytest
from playwright.async_api import Browser, Page, expect

from bot.content.repository import ContentRepository
from tests.conftest import RunningStack

pytestmark = pytest.mark.stack


async def _open(browser: Browser, stack: RunningStack) -> Page:
    page = await browser.new_page()
    await page.goto(stack.url)
    return page


async def _ask(page: Page, text: str) -> None:
    await page.get_by_label("message").fill(text)
    await page.get_by_label("message").press("Enter")


async def test_an_arabic_question_is_answered_right_to_left(
    browser: Browser, stack: RunningStack
) -> None:
    expected = ContentRepository(stack.bot_engine).answer("route.central_med", ["ar"])
    assert expected is not None
    page = await _open(browser, stack)
    await _ask(page, "هل عبور البحر من ليبيا إلى إيطاليا خطير؟")
    answer = page.locator(".msg.bot").nth(1)  # after the privacy note
    await expect(answer).to_contain_text(expected.text.splitlines()[0][:40])
    assert await answer.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert await answer.get_attribute("lang") == "ar"
    await page.close()


async def test_buttons_lead_from_the_menu_to_the_emergency_numbers(
    browser: Browser, stack: RunningStack
) -> None:
    page = await _open(browser, stack)
    await _ask(page, "hello")
    await page.get_by_role("button", name="Emergency").click()
    await page.get_by_role("button", name="Danger at sea").click()
    answer = page.locator(".msg.bot").last
    await expect(answer).to_contain_text("+33 4 86 51 71 61")
    await expect(page.locator(".msg.user").last).to_have_text("Danger at sea")
    await page.close()
