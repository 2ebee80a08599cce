"""Live ethical and regulatory checking of a strategy graph.

``packs`` loads rule packs (data, validated at load, broken ones reported);
``engine.Checker`` evaluates the structural rules and the selected packs on the
strategy's NetworkX graph; ``crosswalk`` shows which rules a card satisfies;
``questionnaire`` sets profile facts from plain answers.
"""

from app.checker.engine import Checker, check, suggest_packs
from app.checker.packs import LoadProblem, PackSet, load_packs

__all__ = ["Checker", "LoadProblem", "PackSet", "check", "load_packs", "suggest_packs"]
