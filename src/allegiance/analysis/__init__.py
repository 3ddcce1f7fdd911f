"""Analyses over stored events: alignment now; dyad series, drift and blocs build on it."""

from .alignment import PartnerScore, Report, build_report, excluded_counts, partner_scores, report

__all__ = ["PartnerScore", "Report", "build_report", "excluded_counts", "partner_scores", "report"]
