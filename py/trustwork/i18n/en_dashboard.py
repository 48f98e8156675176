"""English messages of the dashboard: the three outcomes, their indicators and charts.
Keys match ``nl_dashboard.py`` exactly."""

MESSAGES: dict[str, str] = {
    "outcome.title": "What trust brings",
    "outcome.period.label": "Period",
    "outcome.period.year": "This year",
    "outcome.period.last-12-months": "Last 12 months",
    "outcome.period.range": "{first} to {last}",
    "outcome.now": "as of today",
    "outcome.none": "–",
    "outcome.unit.percent": "{value}%",
    "outcome.unit.days": "{value} days",
    "outcome.more": "More in {area}",
    "outcome.engagement": "Engagement and satisfaction",
    "outcome.engagement.intro": "Whether people take part of their own accord.",
    "outcome.effectiveness": "Operational effectiveness",
    "outcome.effectiveness.intro": (
        "Whether improving the work is part of every month, with results that are measured."),
    "outcome.creativity": "Continuous creativity",
    "outcome.creativity.intro": "Whether ideas keep coming, get an answer and are carried out.",
    "outcome.openness": "Openness",
    "outcome.openness.intro": "Whether everyone can see what the organisation records.",
    "outcome.taking_part": "People taking part",
    "outcome.taking_part.how": (
        "Of the people in the register, those who in the period handed in, supported or "
        "reacted to an idea; started, joined, edited or reacted to a pilot; or proposed, answered, "
        "amended, questioned a rule or took part in a decision round or recalibration."),
    "outcome.taking_part.detail": "{part} of {whole} people",
    "outcome.taking_part.part.ideas": "Ideas",
    "outcome.taking_part.part.pilots": "Pilots",
    "outcome.taking_part.part.decisions": "Decisions",
    "outcome.trust_scan": "Positive in the trust scan",
    "outcome.trust_scan.how": (
        "In the latest closed trust-scan round, of every answer everyone gave to the "
        "statements, the share that agreed (4 or 5 of 5); per foundation of trust, and in the "
        "rounds before it."),
    "outcome.trust_scan.detail": "{part} respondents, of {whole} people",
    "outcome.team_months": "Team-months with an improvement project",
    "outcome.team_months.how": (
        "Of each team's months in the period that have ended (and this month once it has "
        "its project), the share with an improvement project."),
    "outcome.team_months.detail": "{part} of {whole} team-months",
    "outcome.measured": "Projects with a measured result",
    "outcome.measured.how": (
        "Of the improvement projects of the period that are done, the share that recorded "
        "the value they measured."),
    "outcome.measured.detail": "{part} of {whole} done projects",
    "outcome.savings": "Realised savings",
    "outcome.savings.how": (
        "The savings in euros realised by the improvement projects of the period that are "
        "done."),
    "outcome.reviewed_on_time": "Decisions reviewed on time",
    "outcome.reviewed_on_time.how": (
        "Of the adopted decisions and the rules in force that have a review date, the share "
        "whose date has not passed."),
    "outcome.reviewed_on_time.detail": "{part} of {whole} with a review date",
    "outcome.rules_budget": "Rules in force",
    "outcome.rules_budget.how": (
        "The rules in force, against the most rules the organisation wants (its rules "
        "budget)."),
    "outcome.rules_budget.detail": "{part} rules; the budget is {whole}",
    "outcome.rules_budget.over": "Over the budget",
    "outcome.rules_budget.none": "No rules budget set",
    "outcome.ideas_per_person": "Ideas per person",
    "outcome.ideas_per_person.how": (
        "The ideas handed in during the period, divided by the people in the register."),
    "outcome.ideas_per_person.detail": "{part} ideas, {whole} people",
    "outcome.usable_rate": "Usable ideas",
    "outcome.usable_rate.how": (
        "Of the ideas handed in during the period, the share judged usable (or already in "
        "progress or done)."),
    "outcome.usable_rate.detail": "of {whole} ideas",
    "outcome.days_to_answer": "Days to an answer",
    "outcome.days_to_answer.how": (
        "The median number of days from handing in an idea to its verdict, for the ideas "
        "handed in during the period that have one."),
    "outcome.days_to_answer.detail": "ideas handed in: {whole}",
    "outcome.pilots_started": "Pilots started",
    "outcome.pilots_started.how": "The pilots whose start date falls in the period, up to today.",
    "outcome.became_projects": "Ideas that became projects",
    "outcome.became_projects.how": (
        "The ideas handed in during the period that an improvement project carries out."),
    "outcome.became_projects.detail": "of {whole} ideas",
    "outcome.open_share": "Open records",
    "outcome.open_share.how": (
        "Of all records, the share everyone can read; client-confidential records stay "
        "within their team."),
    "chart.table": "Show as a table",
    "chart.month": "Month",
    "chart.part": "Area",
    "chart.empty": "No figures yet.",
    "chart.description": "Highest: {highest} ({highest_value}). Latest: {latest} ({latest_value}).",
    "chart.taking_part.parts": "Share of people taking part, per area",
    "chart.taking_part.parts.value": "Share of people",
    "chart.taking_part.trend": "Share of people taking part, per month",
    "chart.taking_part.trend.value": "Share of people",
    "chart.trust_scan.parts": "Positive answers in the latest trust scan, per foundation of trust",
    "chart.trust_scan.parts.value": "Share positive",
    "chart.trust_scan.trend": "Positive answers per trust-scan round, by the month it began",
    "chart.trust_scan.trend.value": "Share positive",
    "chart.team_months.trend": "Teams with an improvement project, per month",
    "chart.team_months.trend.value": "Share of teams",
    "chart.savings.trend": "Realised savings per project month",
    "chart.savings.trend.value": "Savings",
    "chart.ideas_per_person.trend": "Ideas handed in per month",
    "chart.ideas_per_person.trend.value": "Ideas",
}
