"""Compute the expected figures in scenarios.csv, independently of the Rust code.

Every figure follows the formulas in docs/MODEL.md. Nothing here reads or calls the Rust
cost model. Each CSV row is one whole scenario. Its figures are for one month of D working
days and the whole team, except the goal-seek results: dials per rep per day, a number of
reps and a connect rate in percent.

Run it with Python 3.11 or later and nothing outside the standard library:

    python3 tests/data/expected_scenarios.py

It overwrites scenarios.csv next to this file. Floats are written unrounded (Python's repr),
so a test that reads them should compare with a small relative tolerance: Rust code that
multiplies the same factors in another order can land a few ulps away. The percentile
columns are whole numbers and should match exactly.
"""

import csv
import math
from pathlib import Path

INPUT_COLUMNS = [
    "name",
    "mode",
    "target_dials",
    "actual_dials",
    "reps",
    "working_days",
    "simple_rate_pct",
    "connect_pct",
    "meeting_pct",
    "win_pct",
    "deal_size",
    "margin_pct",
    "attempts_per_lead",
    "recommended_attempts",
    "contact_pct",
    "follow_ups_due",
    "follow_ups_missed_pct",
    "follow_ups_lost_pct",
    "follow_ups_slipped_pct",
    "cycle_days",
    "extra_cycle_days",
    "cost_of_capital_pct",
    "cost_per_lead",
    "attrition_pct",
    "replacement_cost",
    "forecast_threshold_pct",
    "revenue_goal_month",
]

OUTPUT_COLUMNS = [
    "missed_dials",
    "lost_conversations",
    "lost_meetings",
    "lost_deals",
    "lost_revenue",
    "lost_gross_profit",
    "followup_lost_revenue",
    "followup_slipped_revenue",
    "uncalled_leads",
    "wasted_lead_spend",
    "delay_cost",
    "total_cost",
    "forecast_overstatement",
    "forecast_overstatement_pct",
    "forecast_flagged",
    "reachable_leads_lost",
    "reachable_leads_value",
    "dials_needed",
    "reps_needed",
    "connect_needed_pct",
    "deals_p10",
    "deals_p90",
    "no_deal_chance",
    "effective_connect_pct",
    "effective_meeting_pct",
    "effective_win_pct",
]

# Inputs as the user types them: rates in percent, None for an optional field left blank.
DEFAULTS = {
    "mode": "simple",
    "target_dials": 80,
    "actual_dials": 52,
    "reps": 5,
    "working_days": 21,
    "simple_rate_pct": 2,
    "connect_pct": 25,
    "meeting_pct": 20,
    "win_pct": 40,
    "deal_size": 12000,
    "margin_pct": None,
    "attempts_per_lead": 2,
    "recommended_attempts": 6,
    "contact_pct": None,
    "follow_ups_due": 0,
    "follow_ups_missed_pct": 20,
    "follow_ups_lost_pct": 25,
    "follow_ups_slipped_pct": 25,
    "cycle_days": 60,
    "extra_cycle_days": 0,
    "cost_of_capital_pct": 8,
    "cost_per_lead": 0,
    "attrition_pct": 0,
    "replacement_cost": 0,
    "forecast_threshold_pct": 20,
    "revenue_goal_month": None,
}

# Allowed range of each numeric input: (minimum, maximum, whole numbers only, may be blank).
INPUT_RANGES = {
    "target_dials": (0, 1000, False, False),
    "actual_dials": (0, 1000, False, False),
    "reps": (1, 100_000, True, False),
    "working_days": (1, 31, False, False),
    "simple_rate_pct": (0, 100, False, False),
    "connect_pct": (0, 100, False, False),
    "meeting_pct": (0, 100, False, False),
    "win_pct": (0, 100, False, False),
    "deal_size": (0, 1e9, False, False),
    "margin_pct": (0, 100, False, True),
    "attempts_per_lead": (1, 20, True, False),
    "recommended_attempts": (1, 20, True, False),
    "contact_pct": (0, 100, False, True),
    "follow_ups_due": (0, 10_000, False, False),
    "follow_ups_missed_pct": (0, 100, False, False),
    "follow_ups_lost_pct": (0, 100, False, False),
    "follow_ups_slipped_pct": (0, 100, False, False),
    "cycle_days": (1, 1000, False, False),
    "extra_cycle_days": (0, 1000, False, False),
    "cost_of_capital_pct": (0, 100, False, False),
    "cost_per_lead": (0, 1e6, False, False),
    "attrition_pct": (0, 100, False, False),
    "replacement_cost": (0, 1e7, False, False),
    "forecast_threshold_pct": (0, 100, False, False),
    "revenue_goal_month": (0, 1e12, False, True),
}

# Each scenario lists only the inputs that differ from DEFAULTS.
SCENARIOS = [
    # Worked example: 50 missed dials a day at 5 % and 25,000 lose 62,500 a day.
    # w = 0.05 / (0.25 * 0.2) is exactly 1.0, the edge of the simple-mode fallback.
    ("worked_example", dict(target_dials=100, actual_dials=50, reps=1,
                            simple_rate_pct=5, deal_size=25000)),
    ("defaults", {}),
    ("on_target", dict(target_dials=80, actual_dials=80)),
    ("above_target", dict(target_dials=80, actual_dials=95)),
    ("zero_target", dict(target_dials=0, actual_dials=40)),
    ("zero_rate_simple", dict(simple_rate_pct=0, revenue_goal_month=100000)),
    ("full_rate_simple", dict(simple_rate_pct=100, revenue_goal_month=5_000_000)),
    ("funnel_defaults", dict(mode="funnel")),
    ("funnel_high_connect", dict(mode="funnel", connect_pct=40, meeting_pct=30, win_pct=25,
                                 simple_rate_pct=9)),
    ("funnel_fractional_rates", dict(mode="funnel", connect_pct=8.5, meeting_pct=12.5,
                                     win_pct=33.3, deal_size=45000)),
    ("funnel_all_full", dict(mode="funnel", connect_pct=100, meeting_pct=100, win_pct=100,
                             deal_size=500)),
    ("funnel_zero_connect", dict(mode="funnel", connect_pct=0, revenue_goal_month=250000)),
    ("funnel_zero_win", dict(mode="funnel", win_pct=0, follow_ups_due=30,
                             revenue_goal_month=250000)),
    # Simple mode: w = 0.10 / 0.05 = 2 > 1, so w = 1 and m = 0.10 / 0.25 = 0.4.
    ("simple_win_fallback", dict(simple_rate_pct=10)),
    # Simple mode: w and then m = 0.30 / 0.25 exceed 1, so w = m = 1 and c = 0.30.
    ("simple_meeting_fallback", dict(simple_rate_pct=30)),
    # Simple mode with c = 0: w = 1, m = 1, c = p.
    ("simple_zero_connect", dict(connect_pct=0, revenue_goal_month=300000)),
    # Simple mode with m = 0: w = 1, m = p / c = 0.08.
    ("simple_zero_meeting", dict(meeting_pct=0)),
    ("margin_35", dict(margin_pct=35)),
    ("margin_zero", dict(margin_pct=0)),
    ("margin_full", dict(margin_pct=100, mode="funnel", connect_pct=30)),
    ("follow_ups_entered", dict(follow_ups_due=40, follow_ups_missed_pct=30,
                                follow_ups_lost_pct=25, follow_ups_slipped_pct=40)),
    ("follow_ups_all_die", dict(follow_ups_due=120, follow_ups_missed_pct=100,
                                follow_ups_lost_pct=100, follow_ups_slipped_pct=0)),
    ("follow_ups_on_target", dict(target_dials=60, actual_dials=60, follow_ups_due=55)),
    ("extra_cycle_days", dict(extra_cycle_days=14, cycle_days=90)),
    ("extra_cycle_high_capital", dict(extra_cycle_days=45, cost_of_capital_pct=15,
                                      mode="funnel", connect_pct=18)),
    ("cost_per_lead", dict(cost_per_lead=12.5)),
    ("cost_per_lead_one_attempt", dict(cost_per_lead=40, attempts_per_lead=1)),
    # Churn is shown apart, so attrition must leave every column here unchanged.
    ("attrition_entered", dict(attrition_pct=35, replacement_cost=60000)),
    ("forecast_not_flagged", dict(target_dials=80, actual_dials=72)),
    # 25 % below plan with every product exact in binary: equal to f is not above f.
    ("forecast_at_threshold", dict(target_dials=100, actual_dials=75, reps=2, working_days=20,
                                   simple_rate_pct=50, deal_size=1000,
                                   forecast_threshold_pct=25)),
    ("forecast_just_above", dict(target_dials=100, actual_dials=75, reps=2, working_days=20,
                                 simple_rate_pct=50, deal_size=1000,
                                 forecast_threshold_pct=24.9)),
    ("forecast_low_threshold", dict(target_dials=80, actual_dials=70,
                                    forecast_threshold_pct=5)),
    ("forecast_zero_threshold_no_gap", dict(target_dials=52, forecast_threshold_pct=0)),
    ("forecast_threshold_full", dict(actual_dials=0, forecast_threshold_pct=100)),
    ("goal_reachable", dict(revenue_goal_month=500000)),
    ("goal_connect_above_100", dict(revenue_goal_month=20_000_000)),
    ("goal_zero", dict(revenue_goal_month=0)),
    ("goal_no_activity", dict(actual_dials=0, revenue_goal_month=400000)),
    ("goal_zero_deal_size", dict(deal_size=0, revenue_goal_month=400000)),
    ("contact_given_below_connect", dict(mode="funnel", contact_pct=10)),
    ("contact_given_above_connect", dict(contact_pct=60, attempts_per_lead=3,
                                         recommended_attempts=8, cost_per_lead=3)),
    ("recommended_equals_attempts", dict(attempts_per_lead=6, recommended_attempts=6)),
    ("recommended_below_attempts", dict(attempts_per_lead=8, recommended_attempts=3)),
    ("contact_zero", dict(contact_pct=0, cost_per_lead=5)),
    ("contact_full", dict(contact_pct=100)),
    ("large_team", dict(reps=100_000)),
    # Every size input at its upper edge. At n = 3.1e9 the lgamma sum is accurate to about
    # 1e-6, so funnel rates of 1 % each keep the binomial narrow enough that both
    # percentiles sit more than 1e-4 away from the 0.10 and 0.90 levels.
    ("large_team_extreme", dict(mode="funnel", target_dials=1000, actual_dials=0,
                                reps=100_000, working_days=31, deal_size=1_000_000_000,
                                connect_pct=1, meeting_pct=1, win_pct=1,
                                revenue_goal_month=1_000_000_000_000, cost_per_lead=1_000_000)),
    ("fractional_inputs", dict(target_dials=62.5, actual_dials=47.25, reps=3, working_days=19,
                               simple_rate_pct=3.75, connect_pct=22.5, meeting_pct=17.5,
                               deal_size=8450.5, margin_pct=42.5, follow_ups_due=33.5,
                               follow_ups_missed_pct=12.5, extra_cycle_days=7.5,
                               cost_of_capital_pct=6.25, cost_per_lead=2.75,
                               contact_pct=18.5, forecast_threshold_pct=22.5,
                               revenue_goal_month=123456.78)),
    # 10.5 missed dials in the month: the binomial n rounds half away from zero to 11.
    ("half_dial_rounding", dict(target_dials=10.5, actual_dials=10, reps=1, simple_rate_pct=20,
                                deal_size=1000)),
    ("one_working_day", dict(working_days=1, follow_ups_due=10)),
    ("max_working_days", dict(working_days=31, extra_cycle_days=10, cost_per_lead=1,
                              revenue_goal_month=750000)),
]


def fraction(percent):
    """Convert a rate typed in percent to a fraction, keeping None for a blank field."""
    return None if percent is None else percent / 100


def check_inputs(name, case):
    """Raise ValueError if an input of the scenario is outside the calculator's range."""
    if case["mode"] not in ("simple", "funnel"):
        raise ValueError(f"{name}: mode {case['mode']!r} is invalid, expected simple or funnel")
    for column, (low, high, whole, may_be_blank) in INPUT_RANGES.items():
        value = case[column]
        if value is None:
            if not may_be_blank:
                raise ValueError(f"{name}: {column} is missing")
            continue
        if not low <= value <= high:
            raise ValueError(f"{name}: {column} = {value} is outside {low}..{high}")
        if whole and value != int(value):
            raise ValueError(f"{name}: {column} = {value} must be a whole number")
    if case["follow_ups_lost_pct"] + case["follow_ups_slipped_pct"] > 100:
        raise ValueError(f"{name}: follow_ups_lost_pct + follow_ups_slipped_pct exceeds 100")


def effective_funnel(case):
    """Return (p, c, m, w): calls-to-deal rate and the connect, meeting and win rates.

    In simple mode the stage rates are derived so that c * m * w equals p, falling back
    from w to m to c whenever a derived rate would exceed 1 or c * m is 0. A simple rate
    of 0 sets w to 0 and keeps c and m as entered.
    """
    c = fraction(case["connect_pct"])
    m = fraction(case["meeting_pct"])
    w = fraction(case["win_pct"])
    if case["mode"] == "funnel":
        return c * m * w, c, m, w

    p = fraction(case["simple_rate_pct"])
    if p == 0:
        return p, c, m, 0.0
    if c * m > 0 and p / (c * m) <= 1:
        return p, c, m, p / (c * m)
    if c > 0 and p / c <= 1:
        return p, c, p / c, 1.0
    return p, p, 1.0, 1.0


def missed_dials_per_day(case):
    """Return the dials the whole team falls short of its target in one working day."""
    return float(max(case["target_dials"] - case["actual_dials"], 0) * case["reps"])


def opportunity_cost(case, p, c, m):
    """Return missed dials and what they would have produced over the month."""
    days = case["working_days"]
    missed_per_day = missed_dials_per_day(case)
    lost_revenue_per_day = missed_per_day * p * case["deal_size"]
    margin = fraction(case["margin_pct"])
    return {
        "missed_dials": missed_per_day * days,
        "lost_conversations": missed_per_day * c * days,
        "lost_meetings": missed_per_day * c * m * days,
        "lost_deals": missed_per_day * p * days,
        "lost_revenue": lost_revenue_per_day * days,
        "lost_gross_profit": None if margin is None else lost_revenue_per_day * margin * days,
    }


def follow_up_cost(case, w):
    """Return the revenue lost and slipped through missed follow-ups, which are per month."""
    missed = case["follow_ups_due"] * case["reps"] * fraction(case["follow_ups_missed_pct"])
    value_per_follow_up = w * case["deal_size"]
    lost_share = fraction(case["follow_ups_lost_pct"])
    slipped_share = fraction(case["follow_ups_slipped_pct"])
    return {
        "followup_lost_revenue": missed * lost_share * value_per_follow_up,
        "followup_slipped_revenue": missed * slipped_share * value_per_follow_up,
    }


def wasted_leads(case):
    """Return the leads left uncalled over the month and what they cost to buy."""
    uncalled_per_day = missed_dials_per_day(case) / case["attempts_per_lead"]
    return {
        "uncalled_leads": uncalled_per_day * case["working_days"],
        "wasted_lead_spend": uncalled_per_day * case["cost_per_lead"] * case["working_days"],
    }


def delay_cost(case, p):
    """Return the cost of capital on the month's won revenue arriving E days later."""
    revenue_pushed_later = (case["actual_dials"] * case["reps"] * p * case["deal_size"]
                            * case["working_days"])
    annual_rate = fraction(case["cost_of_capital_pct"])
    return revenue_pushed_later * annual_rate * case["extra_cycle_days"] / 365


def reached_within(q, attempts):
    """Return the chance that a lead is reached within the given number of attempts."""
    return 1 - (1 - q) ** attempts


def expected_dials_per_lead(q, attempts):
    """Return the expected dials spent on one lead when the rep stops after `attempts`."""
    if q == 0:
        return attempts
    return (1 - (1 - q) ** attempts) / q


def reach_lost_by_stopping_early(case, c, m, w):
    """Return the reachable leads lost in the month by stopping at k attempts, and their value."""
    q = c if case["contact_pct"] is None else fraction(case["contact_pct"])
    k = case["attempts_per_lead"]
    recommended = case["recommended_attempts"]
    leads_worked_per_day = case["actual_dials"] * case["reps"] / expected_dials_per_lead(q, k)
    if recommended > k:
        extra_reach = reached_within(q, recommended) - reached_within(q, k)
        lost_per_day = leads_worked_per_day * extra_reach
    else:
        lost_per_day = 0.0
    lost = lost_per_day * case["working_days"]
    return {
        "reachable_leads_lost": lost,
        "reachable_leads_value": lost * m * w * case["deal_size"],
    }


def forecast_inflation(case, p):
    """Return how far the month's planned revenue overstates what the actual dials bring in."""
    per_dial = case["reps"] * p * case["deal_size"] * case["working_days"]
    planned = case["target_dials"] * per_dial
    expected = case["actual_dials"] * per_dial
    overstatement = max(planned - expected, 0.0)
    percent = None if planned == 0 else overstatement / planned * 100
    return {
        "forecast_overstatement": overstatement,
        "forecast_overstatement_pct": percent,
        "forecast_flagged": percent is not None and percent > case["forecast_threshold_pct"],
    }


def goal_seek(case, p, m, w):
    """Return the dials per rep per day, reps and connect rate that reach the monthly goal.

    A result is None when no goal is entered or when its formula would divide by zero.
    A connect rate above 100 % is returned as it is: the caller reports it as unreachable.
    """
    goal = case["revenue_goal_month"]
    results = {"dials_needed": None, "reps_needed": None, "connect_needed_pct": None}
    if goal is None:
        return results

    actual = case["actual_dials"]
    reps = case["reps"]
    days = case["working_days"]
    size = case["deal_size"]
    if p * size != 0:
        results["dials_needed"] = goal / (reps * days * p * size)
    if actual * p * size != 0:
        results["reps_needed"] = goal / (actual * days * p * size)
    if actual * m * w * size != 0:
        results["connect_needed_pct"] = goal / (actual * reps * days * m * w * size) * 100
    return results


def round_half_away_from_zero(x):
    """Round a non-negative float to the nearest whole number, halves upwards."""
    return math.floor(x + 0.5)


def binomial_log_pmf(k, n, p):
    """Return log P(X = k) for X ~ Binomial(n, p) with 0 < p < 1."""
    return (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
            + k * math.log(p) + (n - k) * math.log1p(-p))


# exp() of a log-probability below this is exactly 0.0 as a double (the smallest
# subnormal double is about exp(-744.4)), so leaving such terms out of a sum changes nothing.
NEGLIGIBLE_LOG_PMF = -800.0


def first_nonzero_term(n, p):
    """Return the smallest k whose probability does not underflow to 0.0.

    Below the mode floor((n + 1) * p) the probabilities rise with k, so a bisection finds
    the first k with a log-probability of at least NEGLIGIBLE_LOG_PMF.
    """
    low = 0
    high = min(n, math.floor((n + 1) * p))
    if binomial_log_pmf(low, n, p) >= NEGLIGIBLE_LOG_PMF:
        return low
    while high - low > 1:
        middle = (low + high) // 2
        if binomial_log_pmf(middle, n, p) >= NEGLIGIBLE_LOG_PMF:
            high = middle
        else:
            low = middle
    return high


def binomial_percentiles(n, p, levels=(0.10, 0.90)):
    """Return, for each level, the smallest k with P(X <= k) >= level, X ~ Binomial(n, p).

    The probability of each k comes from lgamma, with no normal approximation. The sum
    starts at the first term that does not underflow and stops once the highest level is
    reached, because later terms cannot change a lower percentile.
    """
    if p == 0:
        return tuple(0 for _ in levels)
    if p == 1:
        return tuple(n for _ in levels)

    found = []
    cumulative = 0.0
    k = first_nonzero_term(n, p)
    while len(found) < len(levels) and k <= n:
        cumulative += math.exp(binomial_log_pmf(k, n, p))
        while len(found) < len(levels) and cumulative >= levels[len(found)]:
            found.append(k)
        k += 1
    # NOTE: rounding could in theory leave the sum just under the top level after k = n.
    found.extend(n for _ in range(len(levels) - len(found)))
    return tuple(found)


def lost_deal_band(missed_dials, p):
    """Return the 10th and 90th percentiles of lost deals and the chance of losing none.

    Lost deals follow Binomial(n, p), where n is the missed dials rounded to a whole number.
    """
    n = round_half_away_from_zero(missed_dials)
    p10, p90 = binomial_percentiles(n, p)
    return {"deals_p10": p10, "deals_p90": p90, "no_deal_chance": (1 - p) ** n}


def expected_figures(case):
    """Return every output column of one scenario, for one month and the whole team."""
    p, c, m, w = effective_funnel(case)
    figures = opportunity_cost(case, p, c, m)
    figures.update(follow_up_cost(case, w))
    figures.update(wasted_leads(case))
    figures["delay_cost"] = delay_cost(case, p)
    figures["total_cost"] = (figures["lost_revenue"] + figures["followup_lost_revenue"]
                             + figures["wasted_lead_spend"] + figures["delay_cost"])
    figures.update(forecast_inflation(case, p))
    figures.update(reach_lost_by_stopping_early(case, c, m, w))
    figures.update(goal_seek(case, p, m, w))
    figures.update(lost_deal_band(figures["missed_dials"], p))
    figures["effective_connect_pct"] = c * 100
    figures["effective_meeting_pct"] = m * 100
    figures["effective_win_pct"] = w * 100
    return figures


def format_cell(value):
    """Format a value for the CSV: blank for None, true/false, whole ints, repr of floats."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def build_rows():
    """Return the CSV rows of every scenario, inputs first, then expected figures."""
    rows = []
    for name, overrides in SCENARIOS:
        unknown = set(overrides) - set(DEFAULTS)
        if unknown:
            raise ValueError(f"{name}: unknown inputs {sorted(unknown)}")
        case = {**DEFAULTS, **overrides}
        check_inputs(name, case)
        figures = expected_figures(case)
        cells = [name] + [format_cell(case[column]) for column in INPUT_COLUMNS[1:]]
        cells += [format_cell(figures[column]) for column in OUTPUT_COLUMNS]
        rows.append(cells)
    return rows


def main():
    """Write scenarios.csv next to this script."""
    path = Path(__file__).resolve().with_name("scenarios.csv")
    rows = build_rows()
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(INPUT_COLUMNS + OUTPUT_COLUMNS)
        writer.writerows(rows)
    print(f"wrote {len(rows)} scenarios to {path}")


if __name__ == "__main__":
    main()
