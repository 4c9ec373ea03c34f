"""Services built once at start-up and handed to handlers through bot_data."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database
from telegram.ext import Application, CallbackContext

from bot.admin_service import AdminService
from bot.config import Config
from bot.knowledge_service import KnowledgeService
from bot.quiz_service import QuizService
from bot.route_map import RouteMapSender
from bot.storage_health import StorageHealth

SERVICES_KEY = "services"


@dataclass(slots=True)
class Services:
    """Everything a handler may need; typed access instead of string keys."""

    config: Config
    db: Database  # for start-up and shutdown only; handlers never use it (test_layers.py)
    knowledge: KnowledgeService
    quiz: QuizService
    admin: AdminService
    route_map: RouteMapSender = field(default_factory=RouteMapSender)
    # Shared by every write that must not stop an answer (journal, asked questions).
    storage: StorageHealth = field(default_factory=StorageHealth)


def attach(application: Application, services: Services) -> None:
    application.bot_data[SERVICES_KEY] = services


def services_of(source: CallbackContext | Application) -> Services:
    """The services, from a handler's context or from the application itself."""
    services = source.bot_data[SERVICES_KEY]
    assert isinstance(services, Services)
    return services
