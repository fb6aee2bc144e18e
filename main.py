"""DealerDesk's entry point: `python main.py` opens the desk; sub-commands work headless."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date

log = logging.getLogger("dealerdesk")


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (and exit code 2)."""

    def error(self, message: str):
        """Print `prog: message` and exit 2 (argparse would add the whole usage)."""
        self.exit(2, f"{self.prog}: {message}\n")


def count(text: str) -> int:
    """A command-line count: a whole number, not negative."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"须为整数 / must be a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"不能为负数 / must not be negative: {value}")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: desk options, or a sub-command."""
    parser = OneLineParser(prog="dealerdesk", description="DealerDesk 4S store desk")
    parser.add_argument("--db", help="SQLAlchemy URL (default: DEALERDESK_DB or the local SQLite file)")
    parser.add_argument("--demo", action="store_true", help="seed the demo store when the database is empty")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language for this run")
    parser.add_argument("--screenshot", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--as", dest="acting_as", metavar="NAME",
                        help="the account a headless command acts as (default: the command "
                             "line itself, named after the system user)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--debug", action="store_true",
                        help="show the traceback of an error (it always goes to the log file)")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("migrate", help="bring the database schema up to date")
    seed = commands.add_parser("seed", help="fill the database with a demo store")
    seed.add_argument("--customers", type=count, default=320)
    seed.add_argument("--seed", type=int, default=20261123)
    quote = commands.add_parser("quote", help="save a quote as PDF or print it")
    quote.add_argument("--id", type=count, required=True, help="the quote's id")
    quote.add_argument("--pdf", metavar="PATH", help="save the quote as a PDF file")
    quote.add_argument("--print", nargs="?", const="", metavar="PRINTER",
                       help="print the quote (default printer when no name is given)")
    voice = commands.add_parser("voice", help="the customer's voice: surveys and complaints")
    voice_commands = voice.add_subparsers(dest="voice_command", required=True)
    report = voice_commands.add_parser("report", help="a month's satisfaction and complaint figures")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--store", type=int, help="one store's id (default: the whole group)")
    report.add_argument("--json", action="store_true", help="print one JSON object")
    escalate = voice_commands.add_parser(
        "escalate", help="escalate overdue complaints (no desk needs to be open)")
    escalate.add_argument("--store", type=int, help="one store's id (default: every store)")
    escalate.add_argument("--json", action="store_true", help="print one JSON object per tick")
    escalate.add_argument("--every", type=count, metavar="SECONDS",
                          help="tick again every so many seconds until interrupted")
    _add_care_commands(commands)
    _add_report_command(commands)
    _add_customer_commands(commands)
    _add_user_commands(commands)
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


def _add_report_command(commands) -> None:
    report = commands.add_parser("report", help="every KPI of a month with its numerator "
                                 "and denominator")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    where = report.add_mutually_exclusive_group()
    where.add_argument("--store", dest="store_code", metavar="CODE",
                       help="the store's code (default: the desk's)")
    where.add_argument("--group", action="store_true", help="the whole dealer group")
    report.add_argument("--json", action="store_true", help="print one JSON object")
    days = commands.add_parser("kpi-days", help="count the daily KPI figures of closed days "
                               "(default: the last 31, the nightly job)")
    days.add_argument("--from", dest="first", type=date.fromisoformat, metavar="YYYY-MM-DD")
    days.add_argument("--to", dest="last", type=date.fromisoformat, metavar="YYYY-MM-DD")
    days.add_argument("--json", action="store_true", help="print one JSON object")


def _add_customer_commands(commands) -> None:
    customer = commands.add_parser("customer", help="a customer's rights: export, erase")
    customer.add_argument("--store", type=int, help="store id (default: the desk's store)")
    actions = customer.add_subparsers(dest="customer_command", required=True)
    export = actions.add_parser("export", help="everything stored about a customer: JSON + PDF")
    export.add_argument("id", type=count, help="the customer's id")
    export.add_argument("--out", required=True, metavar="PATH",
                        help="the JSON file (the PDF is written beside it, .pdf)")
    erase = actions.add_parser("erase", help="erase a customer (work orders kept, anonymised)")
    erase.add_argument("id", type=count, help="the customer's id")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


def _add_user_commands(commands) -> None:
    user = commands.add_parser("user", help="staff accounts")
    actions = user.add_subparsers(dest="user_command", required=True)
    add = actions.add_parser("add", help="add a sign-in account")
    add.add_argument("name")
    add.add_argument("--role", required=True, help="reception, sales_consultant, "
                     "service_advisor, technician, parts, customer_care, manager, administrator")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input")
    add.add_argument("--pin-stdin", action="store_true",
                     help="read a PIN (4–8 digits) from standard input instead")
    add.add_argument("--store", type=int, help="store id (default: the desk's store)")
    actions.add_parser("list", help="list the accounts")


def _add_optional_commands(commands) -> None:
    try:
        from gate import cli as gate_cli
    except ImportError:  # the gate is optional on a desk without recognition
        return
    gate_cli.add_arguments(commands.add_parser("gate", help="headless gate: print plate reads"))


def _no_traceback_formatter(fmt: str) -> logging.Formatter:
    """The console's format: the message without a traceback (the log file keeps it),
    scrubbed like the log file's."""
    from app.log_file import ScrubbingFormatter

    class NoTraceback(ScrubbingFormatter):
        def format(self, record: logging.LogRecord) -> str:
            """`record` formatted without its exception and stack."""
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None,
                                            "exc_text": None, "stack_info": None})
            return super().format(record)

    return NoTraceback(fmt)


def setup_logging(verbose: bool, debug: bool = False) -> None:
    """Log warnings to stderr (everything with `verbose`; tracebacks only with `debug`) and
    everything to the rotating log file in the data directory (always with tracebacks)."""
    from app.log_file import LOG_FORMAT, ScrubbingFormatter, install_log_file

    console = logging.StreamHandler()
    console.setFormatter(ScrubbingFormatter(LOG_FORMAT) if debug
                         else _no_traceback_formatter(LOG_FORMAT))
    console.setLevel(logging.DEBUG if verbose else logging.INFO if debug else logging.WARNING)
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(level=level, handlers=[console], format=LOG_FORMAT)
    install_log_file(level)
    sys.excepthook = lambda *exc: log.critical("unhandled error", exc_info=exc)


def database_url(args: argparse.Namespace) -> str:
    """The URL of this run: --db, DEALERDESK_DB, the settings, or the local SQLite file."""
    from app.paths import default_database_url
    from app.settings import load_settings

    return (args.db or os.environ.get("DEALERDESK_DB")
            or load_settings(secrets=True).database_address() or default_database_url())


def open_database(args: argparse.Namespace):
    """The Database for this run, migrated to head."""
    from app.db import Database

    database = Database(database_url(args))
    database.migrate()
    return database


def main(argv: list[str] | None = None) -> int:
    """Run DealerDesk; returns the process exit code.

    Every failure is one line on stderr in the user's language, exit code 2 for what the
    user can fix (a UserError), 1 for a bug; the traceback goes to the log file (and to
    stderr with --debug).
    """
    args = parse_args(argv)
    setup_logging(args.verbose, args.debug)
    from app.errors import DatabaseUnavailable, UserError

    language = _language(args)
    try:
        try:
            database = None if needs_no_database(args) else open_database(args)
        except DatabaseUnavailable as exc:
            if args.command is not None:
                raise
            return open_desk(args, None, startup_error=exc)
        if args.command is None:
            return dispatch(args, database)
        from app import acting, store_scope, stores_link
        from app.settings import load_settings

        # A command (the headless gate PC included) works for the store of its settings;
        # `gate --no-db` has no database to look the store up in, and needs none.
        store = None if database is None else stores_link.desk_store(
            database, getattr(args, "store", None) or load_settings().store_id)
        with acting.acting_as(command_actor(args, database)), store_scope.working_for(store):
            return dispatch(args, database)
    except UserError as exc:
        log.info("refused: %s", exc.text("en"), exc_info=exc if args.debug else None)
        print(exc.text(language), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.error("internal error: %s", exc, exc_info=exc)
        print(("内部错误：{}（详情见日志 {}）" if language == "zh" else
               "Internal error: {} (details in the log {})").format(
            str(exc).splitlines()[0] if str(exc) else type(exc).__name__, _log_path()),
            file=sys.stderr)
        return 1


def _language(args: argparse.Namespace) -> str:
    """'zh' or 'en': --lang, else the settings' language."""
    if args.lang:
        return "en" if args.lang == "en" else "zh"
    try:
        from app.settings import load_settings

        return "en" if load_settings().language == "en" else "zh"
    except Exception:  # noqa: BLE001 - a damaged settings file must not hide the error
        return "zh"


def _log_path() -> str:
    from app.paths import logs_dir

    return str(logs_dir() / "dealerdesk.log")


def needs_no_database(args: argparse.Namespace) -> bool:
    """True for a run that never touches the database (`gate --no-db`)."""
    return args.command == "gate" and args.no_db


def command_actor(args: argparse.Namespace, database):
    """Who a headless command acts as: the account named by `--as`, else the command line
    itself (a headless job named after the system user, with the jobs' permissions)."""
    import getpass
    import socket

    from app import acting
    from app.services import accounts

    if args.acting_as:
        if database is None:
            from app.errors import UserError

            raise UserError("--as 需要数据库。", "--as needs the database.")
        return accounts.command_line_actor(database, args.acting_as, desk=socket.gethostname())
    return acting.Actor(name=f"cli:{getpass.getuser()}"[:50], desk=socket.gethostname()[:50],
                        system=True)


def _user_command(args: argparse.Namespace, database) -> int:
    from app.services import accounts

    if args.user_command == "list":
        for row in accounts.list_accounts(database):
            state = "locked" if row.locked else "active" if row.active else "inactive"
            print(f"{row.login}\t{row.role}\t{'password' if row.has_password else '-'}"
                  f"\t{'pin' if row.has_pin else '-'}\t{state}")
        return 0
    secret = sys.stdin.readline().rstrip("\r\n") if (args.password_stdin or args.pin_stdin) \
        else ""
    from app.settings import load_settings

    record = accounts.create_account(
        database, name=args.name, role=args.role,
        password=secret if args.password_stdin else "", pin=secret if args.pin_stdin else "",
        store_id=args.store or load_settings().store_id)
    print(f"account {record.login} ({record.role}) added")
    return 0


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
    if args.command == "voice" and args.voice_command == "escalate":
        from app.services import voice_commands

        return voice_commands.escalate(database, args.store, as_json=args.json,
                                       every_s=args.every or None)
    if args.command == "voice":
        return _voice_report(args, database)
    if args.command == "user":
        return _user_command(args, database)
    if args.command == "care":
        from app.services import care_commands
        from app.settings import load_settings

        store = args.store or load_settings().store_id
        if args.care_command == "run":
            return care_commands.run(database, store, as_json=args.json,
                                     survey_policy=load_settings().survey_policy())
        return care_commands.report(database, store, args.month, as_json=args.json)
    if args.command == "report":
        from app.services import kpi_commands
        from app.settings import load_settings

        return kpi_commands.report(database, args.month, store_code=args.store_code,
                                   store_id=load_settings().store_id, group=args.group,
                                   as_json=args.json, language=_language(args))
    if args.command == "kpi-days":
        from app.services import kpi_commands

        return kpi_commands.count_days(database, args.first, args.last, as_json=args.json)
    if args.command == "customer":
        from app.services import customer_commands
        from app.settings import load_settings

        if args.customer_command == "export":
            return customer_commands.export(database, args.id, args.out,
                                            store_id=args.store or load_settings().store_id)
        return customer_commands.erase(database, args.id, confirmed=args.yes)
    if args.command == "gate":
        from gate import cli as gate_cli

        if args.no_db:
            return gate_cli.run(args, record=None)
        from app.services.retention import PeriodicPurge
        from app.settings import load_settings

        relay = _arrival_relay(database)
        purge = PeriodicPurge(database, load_settings().snapshot_retention_days)
        relay.start()
        purge.start()
        try:
            return gate_cli.run(args, record=relay.put)
        finally:
            purge.stop()
            relay.stop()
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


def _arrival_relay(database):
    """Every read goes to the durable outbox first, then to the database (in order, once,
    retried while the database is unreachable)."""
    from app import acting
    from app.services import reception
    from app.services.outbox import ArrivalOutbox, OutboxRelay

    return OutboxRelay(ArrivalOutbox(), acting.bound(
        lambda read, read_id: reception.arrive(database, read, read_id=read_id)))


def open_desk(args: argparse.Namespace, database, startup_error=None) -> int:
    """Seed the demo store if asked and empty, then open the desk window.

    With `startup_error` (the database could not be reached) the desk still opens, on the
    un-migrated database, with a banner saying so and a button to the settings.
    """
    from app.db import Database
    from app.settings import load_settings
    from ui.desk import run_desk, with_language

    if database is None:
        database = Database(database_url(args))
    elif args.demo:
        from app.demo import seed_if_empty

        seed_if_empty(database)
    settings = with_language(load_settings(secrets=True), args.lang)
    try:
        return run_desk(settings, database, demo=args.demo, screenshot=args.screenshot,
                        quit_after_ms=args.quit_after, startup_error=startup_error)
    finally:
        database.dispose()


if __name__ == "__main__":
    sys.exit(main())
