"""DealerDesk's entry point: `python main.py` opens the desk; sub-commands work headless."""

from __future__ import annotations

import argparse
import logging
import os
import sys

log = logging.getLogger("dealerdesk")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: desk options, or a sub-command."""
    parser = argparse.ArgumentParser(prog="dealerdesk", description="DealerDesk 4S store desk")
    parser.add_argument("--db", help="SQLAlchemy URL (default: DEALERDESK_DB or the local SQLite file)")
    parser.add_argument("--demo", action="store_true", help="seed the demo store when the database is empty")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language for this run")
    parser.add_argument("--screenshot", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after", type=int, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("migrate", help="bring the database schema up to date")
    seed = commands.add_parser("seed", help="fill the database with a demo store")
    seed.add_argument("--customers", type=int, default=320)
    seed.add_argument("--seed", type=int, default=20261123)
    quote = commands.add_parser("quote", help="save a quote as PDF or print it")
    quote.add_argument("--id", type=int, required=True, help="the quote's id")
    quote.add_argument("--pdf", metavar="PATH", help="save the quote as a PDF file")
    quote.add_argument("--print", nargs="?", const="", metavar="PRINTER",
                       help="print the quote (default printer when no name is given)")
    voice = commands.add_parser("voice", help="the customer's voice: surveys and complaints")
    voice_commands = voice.add_subparsers(dest="voice_command", required=True)
    report = voice_commands.add_parser("report", help="a month's satisfaction and complaint figures")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--store", type=int, help="one store's id (default: the whole group)")
    report.add_argument("--json", action="store_true", help="print one JSON object")
    _add_care_commands(commands)
    _add_optional_commands(commands)
    return parser.parse_args(argv)


def _add_care_commands(commands) -> None:
    care = commands.add_parser("care", help="customer care: the nightly run and the figures")
    care.add_argument("--store", type=int, help="store id (default: the desk's store)")
    actions = care.add_subparsers(dest="care_command", required=True)
    run = actions.add_parser("run", help="create today's care items and recompute tiers")
    run.add_argument("--json", action="store_true", help="print one JSON object")
    report = actions.add_parser("report", help="invitation success and booking conversion")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--json", action="store_true", help="print one JSON object")


def _add_optional_commands(commands) -> None:
    try:
        from gate import cli as gate_cli
    except ImportError:  # the gate is optional on a desk without recognition
        return
    gate_cli.add_arguments(commands.add_parser("gate", help="headless gate: print plate reads"))


def setup_logging(verbose: bool) -> None:
    """Log to stderr and to the rotating log file in the data directory."""
    from app.log_file import LOG_FORMAT, install_log_file

    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, handlers=[logging.StreamHandler()], format=LOG_FORMAT)
    install_log_file(level)
    sys.excepthook = lambda *exc: log.critical("unhandled error", exc_info=exc)


def open_database(args: argparse.Namespace):
    """The Database for this run, migrated to head."""
    from app.db import Database
    from app.paths import default_database_url
    from app.settings import load_settings

    url = args.db or os.environ.get("DEALERDESK_DB") or load_settings().database_url \
        or default_database_url()
    database = Database(url)
    database.migrate()
    return database


def main(argv: list[str] | None = None) -> int:
    """Run DealerDesk; returns the process exit code."""
    args = parse_args(argv)
    setup_logging(args.verbose)
    from app.errors import UserError

    try:
        database = None if needs_no_database(args) else open_database(args)
        return dispatch(args, database)
    except UserError as exc:
        log.error("%s", exc.text("en"))
        print(exc.text("zh"), file=sys.stderr)
        return 2


def needs_no_database(args: argparse.Namespace) -> bool:
    """True for a run that never touches the database (`gate --no-db`)."""
    return args.command == "gate" and args.no_db


def dispatch(args: argparse.Namespace, database) -> int:
    """Run the sub-command, or open the desk (`database` is None when none is needed)."""
    if args.command == "migrate":
        print(f"database at head: {database.describe()}")
        return 0
    if args.command == "seed":
        from app.demo import seed_demo_store

        summary = seed_demo_store(database, customers=args.customers, seed=args.seed)
        print(summary)
        return 0
    if args.command == "quote":
        from app.services import quote_commands

        return quote_commands.run(database, args.id, pdf=args.pdf, printer=args.print)
    if args.command == "voice":
        return _voice_report(args, database)
    if args.command == "care":
        from app.services import care_commands
        from app.settings import load_settings

        store = args.store or load_settings().store_id
        if args.care_command == "run":
            return care_commands.run(database, store, as_json=args.json)
        return care_commands.report(database, store, args.month, as_json=args.json)
    if args.command == "gate":
        from gate import cli as gate_cli

        return gate_cli.run(args, record=None if args.no_db else _recorder(database))
    return open_desk(args, database)


def _voice_report(args: argparse.Namespace, database) -> int:
    import json

    from app.services.voice_figures import month_figures, report_text

    figures = month_figures(database, args.month, store_id=args.store)
    if args.json:
        print(json.dumps(figures.as_json(), ensure_ascii=False))
    else:
        print(report_text(figures))
    return 0


def _recorder(database):
    from app.services import reception
    from app.services.snapshots import with_snapshot

    return lambda read: reception.arrive(database, with_snapshot(read))


def open_desk(args: argparse.Namespace, database) -> int:
    """Seed the demo store if asked and empty, then open the desk window."""
    from app.settings import load_settings
    from ui.desk import run_desk, with_language

    if args.demo:
        from app.demo import seed_if_empty

        seed_if_empty(database)
    settings = with_language(load_settings(), args.lang)
    try:
        return run_desk(settings, database, demo=args.demo, screenshot=args.screenshot,
                        quit_after_ms=args.quit_after)
    finally:
        database.dispose()


if __name__ == "__main__":
    sys.exit(main())
