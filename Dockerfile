# Tabuk bot, in two stages. The build stage installs the pinned, hash-checked dependencies
# and the project's wheel into a virtual environment; the final slim stage receives only
# that environment (the code is in the image once, in site-packages), runs as a non-root
# user created before anything is copied, and keeps its database on /data.
# Pinned base: change both FROM lines together.
FROM python:3.11.14-slim-bookworm AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Dependencies first (a layer rebuilt only when the lock changes): every file's hash is
# checked, and nothing outside the lock is installed (--no-deps).
RUN python -m venv /opt/venv
COPY requirements.lock /tmp/requirements.lock
RUN /opt/venv/bin/pip install --require-hashes --no-deps -r /tmp/requirements.lock

# The project's wheel, built with the pinned setuptools (no build isolation: a rebuild does
# not fetch build tools), then installed into the environment without its dependencies.
COPY requirements-build.lock /tmp/requirements-build.lock
RUN pip install --require-hashes --no-deps -r /tmp/requirements-build.lock
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
COPY db ./db
COPY fake_bot_api ./fake_bot_api
RUN pip wheel --no-deps --no-build-isolation --wheel-dir /tmp/wheels . \
    && /opt/venv/bin/pip install --no-deps /tmp/wheels/*.whl

FROM python:3.11.14-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    DATABASE_PATH=/data/bot.db

# The user and its data folder exist before any code arrives. A bind-mounted /data must be
# writable by uid 10001 (see the README); `python -m bot check` says so when it is not.
RUN groupadd --gid 10001 tabuk \
    && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /data \
        --shell /usr/sbin/nologin tabuk \
    && mkdir /data \
    && chown tabuk:tabuk /data

COPY --from=build /opt/venv /opt/venv

USER 10001:10001
WORKDIR /data
VOLUME ["/data"]

# The bot refreshes a heartbeat file while it polls; a stuck or dead bot fails this.
# `podman build` keeps HEALTHCHECK only with --format docker (see the README).
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]

# SIGTERM (docker stop): the bot finishes within 10 s; unhandled updates wait in its journal.
STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
