"""``regelwerk gebruiker toevoegen|lijst|intrekken``: the people who publish, in the configured database."""

from __future__ import annotations

import os

import click
from rich.console import Console

from policy.store import ROLES, Store, UnknownUserError, UserExistsError

__all__ = ["gebruiker"]

DEFAULT_DATABASE_URL = "sqlite:///var/regelwerk.db"
_DATABASE = click.option("--database", "database_url", default=None,
                         help="SQLAlchemy URL (default: $REGELWERK_DATABASE_URL, else sqlite:///var/regelwerk.db).")


def _store(database_url: str | None) -> Store:
    store = Store(database_url or os.environ.get("REGELWERK_DATABASE_URL") or DEFAULT_DATABASE_URL)
    store.migrate()
    return store


def _who() -> str:
    """Who runs the command (recorded as the creator): the OS user."""
    try:
        return f"cli:{os.getlogin()}"
    except OSError:
        return f"cli:{os.environ.get('USER', 'onbekend')}"


@click.group()
def gebruiker() -> None:
    """Users with a role: opsteller, beoordelaar or beheerder."""


@gebruiker.command("toevoegen")
@click.argument("naam")
@click.option("--rol", type=click.Choice(ROLES), required=True, help="opsteller, beoordelaar or beheerder.")
@_DATABASE
def toevoegen(naam: str, rol: str, database_url: str | None) -> None:
    """Create user NAAM; prints the token once, as the last word of the last line."""
    if not naam.strip() or len(naam) > 100:
        raise click.BadParameter("een naam van 1 tot 100 tekens.", param_hint="NAAM")
    store = _store(database_url)
    try:
        token = store.add_user(naam.strip(), rol, created_by=_who())
    except UserExistsError as exc:
        raise click.ClickException(exc.message) from None
    finally:
        store.dispose()
    click.echo(f"Gebruiker {naam.strip()} ({rol}) aangemaakt. Bewaar het token; het wordt niet opnieuw getoond.")
    click.echo(f"token: {token}")


@gebruiker.command("lijst")
@_DATABASE
def lijst(database_url: str | None) -> None:
    """Every user, its role and whether it is revoked (tokens are never shown)."""
    store = _store(database_url)
    try:
        users = store.users()
    finally:
        store.dispose()
    console = Console(highlight=False, soft_wrap=True)
    if not users:
        console.print("Er zijn nog geen gebruikers.")
    for u in users:
        status = f"ingetrokken {u.revoked_at:%Y-%m-%d %H:%M}" if u.revoked_at else "actief"
        console.print(f"{u.name}\t{u.role}\t{status}\taangemaakt {u.created_at:%Y-%m-%d} door {u.created_by}")


@gebruiker.command("intrekken")
@click.argument("naam")
@click.option("--reden", default=None, help="Why (kept in the audit trail).")
@_DATABASE
def intrekken(naam: str, reden: str | None, database_url: str | None) -> None:
    """Revoke user NAAM: its token opens nothing any more (the user stays in the audit trail)."""
    store = _store(database_url)
    try:
        store.revoke_user(naam, revoked_by=_who(), reason=reden)
    except UnknownUserError as exc:
        raise click.ClickException(exc.message) from None
    finally:
        store.dispose()
    click.echo(f"Gebruiker {naam} is ingetrokken.")
