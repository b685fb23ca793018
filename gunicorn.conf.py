"""gunicorn's settings for Microcity, read by gunicorn from the working directory (README, deployment).

Its log lines take the same shape as Django's (microcity/core/logs.py): UTC with the offset, the request id
(the X-Request-ID that the app answers with), and JSON lines with LOG_FORMAT=json.
"""

import os

from microcity.core.logs import logging_config

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
# The health checks and the load balancer see a copy that hangs rather than one that is slow.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

logconfig_dict = logging_config(
    json_lines=os.environ.get("LOG_FORMAT", "plain") == "json", level=os.environ.get("LOG_LEVEL", "INFO")
)
# The request id of an access line is the X-Request-ID the app answered with (core/logs.py), so that
# gunicorn's line and Django's lines of one request carry the same id.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
