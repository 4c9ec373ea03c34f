# Tabuk bot: slim Python, dependencies in a cached layer, non-root, database on /data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATABASE_PATH=/data/bot.db

WORKDIR /app

# Dependencies first, read from pyproject.toml (the same list `pip install .` uses), so
# this layer is rebuilt only when they change, not on every code change.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# Then the project itself, installed as the README installs it (pip, from pyproject.toml).
COPY README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
COPY db ./db
COPY fake_bot_api ./fake_bot_api
RUN pip install --no-deps . \
    && groupadd --gid 10001 tabuk \
    && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin tabuk \
    && mkdir -p /data \
    && chown tabuk:tabuk /data

USER 10001:10001
VOLUME ["/data"]

# The bot touches a heartbeat file every 30 s; a stuck or dead event loop fails this.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]

# SIGTERM (docker stop): PTB finishes the update in hand, then the database is closed.
STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
