"""Facilitator imports and review requests are refused in the user's language.

Each test triggers a real failure inside ``speaking("fr")`` and checks the French
message names what is wrong (file, line, id) and holds none of the English sentence;
the English message is checked too, so the default language still reads well.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.i18n import speaking
from app.review.errors import (
    AssignmentError,
    CsvFormatError,
    ReplayError,
    SnapshotError,
    TimerStateError,
)
from app.review.members_csv import parse_members
from app.review.peers import TeamEntry, round_robin
from app.review.replay import Replay
from app.review.rubrics import RubricChoiceError, RubricSet, choose_rubric
from app.review.scores_csv import parse_scores, read_scores
from app.review.snapshots import take_snapshot
from app.review.timer import AgendaTimer
from models.operations import AddCard, OperationRecord, RemoveCard
from models.phases import Phase
from models.review import Agenda
from models.strategy import Card, Strategy
from tests.app.review.builders import make_rubric

NBSP = "\u00a0"
RUBRIC = make_rubric("coverage", "ownership", "loop")


def _csv_error(data: bytes, source: str = "scores.csv") -> str:
    with pytest.raises(CsvFormatError) as caught:
        parse_scores(data, RUBRIC, source)
    return str(caught.value)


# -- scores CSV ---------------------------------------------------------------------------------


def test_a_scores_csv_with_a_bad_header_is_refused_in_french() -> None:
    data = b"strategy_id,team,level\r\ns1,Otters,3\r\n"
    with speaking("fr"):
        message = _csv_error(data, "notes.csv")
    assert message == f"notes.csv{NBSP}: il manque à l'en-tête la colonne criterion."
    assert "header lacks" not in message
    assert _csv_error(data, "notes.csv") == "notes.csv: the header lacks the column criterion."


def test_a_scores_csv_missing_two_columns_says_so_in_both_languages() -> None:
    data = b"strategy_id,team\r\ns1,Otters\r\n"
    with speaking("fr"):
        french = _csv_error(data)
    assert french == f"scores.csv{NBSP}: il manque à l'en-tête les colonnes criterion, level."
    assert _csv_error(data) == "scores.csv: the header lacks the columns criterion, level."


def test_an_empty_scores_csv_asks_for_a_header_in_french() -> None:
    with speaking("fr"):
        message = _csv_error(b"")
    assert message.startswith("scores.csv est vide; une ligne d'en-tête")
    assert "strategy_id, criterion, level" in message


def test_bad_scores_rows_are_named_by_line_in_french() -> None:
    data = (
        b"strategy_id,criterion,level\r\n"
        b"s1,coverage,3\r\n"
        b"s1,nonsense,2\r\n"
        b"s1,loop,high\r\n"
        b"s1,ownership,9\r\n"
        b"s1,coverage,1\r\n"
    )
    with speaking("fr"):
        result = parse_scores(data, RUBRIC)
        shown = [str(p) for p in result.problems]
    assert shown == [
        f"Ligne 3{NBSP}: la grille n'a pas de critère «{NBSP}nonsense{NBSP}»",
        f"Ligne 4{NBSP}: le niveau «{NBSP}high{NBSP}» n'est pas un nombre entier de 1 à 4",
        f"Ligne 5{NBSP}: le niveau 9 est hors de l'intervalle 1 à 4",
        f"Ligne 6{NBSP}: le critère «{NBSP}coverage{NBSP}» est noté de nouveau (ligne 2)",
    ]
    english = [str(p) for p in parse_scores(data, RUBRIC).problems]
    assert english[0] == "Line 3: the rubric has no criterion 'nonsense'"
    assert english[3] == "Line 6: criterion 'coverage' is scored again (line 2)"


def test_a_scores_csv_in_windows_1252_names_the_byte_and_line_in_french(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes("strategy_id,criterion,level,comment\r\ns1,loop,2,déjà\r\n".encode("cp1252"))
    with speaking("fr"), pytest.raises(CsvFormatError) as caught:
        read_scores(path, RUBRIC)
    message = str(caught.value)
    assert "notes.csv n'est pas du texte UTF-8 (octet 0xe9 à la ligne 2" in message
    assert f"au format «{NBSP}CSV UTF-8{NBSP}» et réessayez." in message
    assert "Save it from the spreadsheet" not in message


def test_a_utf16_scores_csv_is_refused_in_french() -> None:
    data = codecs.BOM_UTF16_LE + "strategy_id".encode("utf-16-le")
    with speaking("fr"):
        message = _csv_error(data)
    assert message.startswith("scores.csv est enregistré en UTF-16, pas en UTF-8.")


def test_a_missing_scores_file_is_named_in_french(tmp_path: Path) -> None:
    with speaking("fr"), pytest.raises(CsvFormatError) as caught:
        read_scores(tmp_path / "absent.csv", RUBRIC)
    assert str(caught.value).startswith(f"Impossible de lire absent.csv{NBSP}:")


# -- members CSV --------------------------------------------------------------------------------


def test_a_members_csv_with_a_bad_header_and_bad_rows_in_french() -> None:
    with speaking("fr"):
        with pytest.raises(CsvFormatError) as caught:
            parse_members(b"team,name\r\nOtters,Ana\r\n", "membres.csv")
        result = parse_members(
            b"team,name,role\r\nOtters,Ana,astronaut\r\nOtters,Bob\r\n,Cy,domain-expert\r\n"
        )
        shown = [str(p) for p in result.problems]
    assert str(caught.value).startswith(
        f"membres.csv{NBSP}: l'en-tête doit nommer les colonnes team, name et role; "
        f"il manque role (trouvé{NBSP}: team, name)."
    )
    assert shown[0].startswith(f"Ligne 2{NBSP}: rôle inconnu «{NBSP}astronaut{NBSP}»; utilisez")
    assert shown[1] == f"Ligne 3{NBSP}: 2 valeurs, mais l'en-tête en a 3"
    assert shown[2] == f"Ligne 4{NBSP}: l'équipe est vide"
    english = parse_members(b"team,name,role\r\nOtters,Bob\r\n")
    assert str(english.problems[0]) == "Line 2: 2 values, but the header has 3"


# -- replay, timer, snapshots, peers, rubric choice ---------------------------------------------


def _record(strategy: Strategy, op: object, revision: int) -> OperationRecord:
    return OperationRecord.model_validate(
        {"strategy_id": strategy.id, "revision": revision, "op": op}
    )


def test_a_broken_operation_log_is_refused_in_french() -> None:
    strategy = Strategy(workshop_id="w", scenario_key="s", name="n")
    card = Card(title="Data quality", phase=Phase.DATA)
    ghost = Card(title="Ghost", phase=Phase.DATA)
    with speaking("fr"):
        with pytest.raises(ReplayError) as gap:
            Replay(strategy, [_record(strategy, AddCard(card=card), 2)])
        with pytest.raises(ReplayError) as bad:
            Replay(strategy, [_record(strategy, RemoveCard(card=ghost), 1)])
    assert str(gap.value) == (
        "Le journal saute de la révision 0 à la révision 2; une partie de l'historique manque."
    )
    assert str(bad.value) == (
        f"La révision 1 ne s'applique pas{NBSP}: Aucune carte d'identifiant "
        f"«{NBSP}{ghost.id}{NBSP}» dans cette stratégie."
    )
    with pytest.raises(ReplayError) as english:
        Replay(strategy, [_record(strategy, RemoveCard(card=ghost), 1)])
    assert str(english.value) == (
        f"Revision 1 does not apply: No card with id '{ghost.id}' in this strategy."
    )


def test_a_timer_command_out_of_turn_is_refused_in_french() -> None:
    timer = AgendaTimer(Agenda.default(), lambda: 0.0)
    with speaking("fr"):
        with pytest.raises(TimerStateError) as pause:
            timer.pause()
        timer.start()
        with pytest.raises(TimerStateError) as start:
            timer.start()
    assert str(pause.value) == "La minuterie ne peut pas être mise en pause quand elle est prête."
    assert str(start.value) == "La minuterie ne peut pas démarrer quand elle est en marche."
    with pytest.raises(TimerStateError) as resume:
        timer.resume()
    assert str(resume.value) == "The timer cannot resume while running."


def test_a_snapshot_name_taken_twice_is_refused_in_french() -> None:
    strategy = Strategy(workshop_id="w", scenario_key="s", name="n")
    first = take_snapshot(strategy, "Avant la rétroaction", at="t")
    with speaking("fr"), pytest.raises(SnapshotError) as caught:
        take_snapshot(strategy, "avant la rétroaction", [first], at="t")
    assert str(caught.value) == (
        f"Cette stratégie a déjà un instantané nommé «{NBSP}avant la rétroaction{NBSP}»."
    )


def test_a_peer_round_of_one_team_is_refused_in_french() -> None:
    with speaking("fr"), pytest.raises(AssignmentError) as caught:
        round_robin([TeamEntry("a", "s1"), TeamEntry("a", "s2")])
    assert str(caught.value) == f"L'équipe «{NBSP}a{NBSP}» figure deux fois."


def test_a_missing_rubric_is_named_in_french() -> None:
    rubrics = RubricSet(rubrics={"default": make_rubric("a", key="default")})
    with speaking("fr"), pytest.raises(RubricChoiceError) as caught:
        choose_rubric(rubrics, [], "nope")
    assert str(caught.value) == (
        f"aucune grille d'évaluation «{NBSP}nope{NBSP}»; grilles{NBSP}: default"
    )
