package model

import (
	"fmt"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// Check is one failing check of seed 002's action item checklist.
type Check struct {
	// Item is the 1-based action item number; 0 for a check on the whole set.
	Item int
	// ID names the check: CheckOwner, CheckTicket, CheckDue, CheckType,
	// CheckVerifiable on an item; CheckShortLong, CheckHighPriority,
	// CheckTooMany, CheckNone on the set.
	ID string
	// Reason is one line saying what is wrong and why it matters.
	Reason string
}

// The check ids, stable so a dismissal or an export can name them.
const (
	CheckOwner        = "owner"
	CheckTicket       = "ticket"
	CheckDue          = "due"
	CheckType         = "type"
	CheckVerifiable   = "verifiable"
	CheckShortLong    = "short-long"
	CheckHighPriority = "high-priority"
	CheckTooMany      = "too-many"
	CheckNone         = "none"
)

// CheckItem runs the per-item checks on item n and returns the failing
// ones: one owner who is a person, a ticket, a due date inside the
// severity's window, a type, and wording that can be verified. meeting is
// the meeting's time; windows count from its UTC date. Zero fields of p
// take agenda.DefaultChecklist's values.
func CheckItem(a ActionItem, n int, sev Severity, meeting time.Time, p agenda.Checklist) []Check {
	var out []Check
	fail := func(id, reason string) { out = append(out, Check{Item: n, ID: id, Reason: reason}) }

	switch {
	case a.Owner == "":
		fail(CheckOwner, "no owner: name one person (@handle or email); a team cannot be paged when the deadline passes")
	case IsTeamOwner(a.Owner):
		fail(CheckOwner, a.Owner+" is a team, not a person: name one person; a team cannot be paged when the deadline passes")
	}
	if a.Ticket == "" {
		fail(CheckTicket, "no ticket: if it has no ticket in the tracker, it does not exist; add a key (ENG-4421) or a link")
	}
	if r := dueProblem(a.Due, sev, meeting, p); r != "" {
		fail(CheckDue, r)
	}
	if a.Type == "" {
		fail(CheckType, "no type: say whether it prevents recurrence (#prevent, #process) or cuts time to detect or mitigate (#detect, #mitigate)")
	}
	if r := vagueAction(a.What); r != "" {
		fail(CheckVerifiable, r)
	}
	return out
}

// CheckSet runs the checks on the whole set of action items: at least
// one short-term item (#mitigate or #detect) and one long-term item
// (#prevent or #process), at least one P0/P1 item unless stakeholders
// accepted the risk of recurrence, and no more than p.MaxItems. With no
// items at all it reports only CheckNone.
func CheckSet(items []ActionItem, riskAccepted bool, p agenda.Checklist) []Check {
	if len(items) == 0 {
		return []Check{{ID: CheckNone, Reason: "no action items: every contributing factor is a candidate for one, and a postmortem needs at least one short- and one long-term item"}}
	}
	var short, long, high bool
	for _, a := range items {
		switch a.Type {
		case TypeMitigate, TypeDetect:
			short = true
		case TypePrevent, TypeProcess:
			long = true
		}
		if a.Priority == "P0" || a.Priority == "P1" {
			high = true
		}
	}
	var out []Check
	switch {
	case !short && !long:
		out = append(out, Check{ID: CheckShortLong, Reason: "no short-term (#mitigate, #detect) or long-term (#prevent, #process) item: a postmortem needs at least one of each"})
	case !short:
		out = append(out, Check{ID: CheckShortLong, Reason: "no short-term item (#mitigate or #detect): what cuts the time to detect or mitigate next time?"})
	case !long:
		out = append(out, Check{ID: CheckShortLong, Reason: "no long-term item (#prevent or #process): what stops this class of failure from recurring?"})
	}
	if !high && !riskAccepted {
		out = append(out, Check{ID: CheckHighPriority, Reason: "no P0/P1 item: is the risk of recurrence accepted by stakeholders?"})
	}
	if max := orDefault(p.MaxItems, agenda.DefaultChecklist.MaxItems); len(items) > max {
		out = append(out, Check{ID: CheckTooMany, Reason: fmt.Sprintf("%d action items, more than %d: too many are as bad as none; keep the ones with the most prevention value", len(items), max)})
	}
	return out
}

// Checks runs every check on the meeting's action items, items first in
// order, then the set. The meeting date is the day the session was
// created (now when it has none, as in a state not yet folded).
func (s *State) Checks(now time.Time) []Check {
	meeting := s.Created
	if meeting.IsZero() {
		meeting = now
	}
	items := s.ActionItems()
	var out []Check
	for i, a := range items {
		out = append(out, CheckItem(a, i+1, s.Setup.Severity, meeting, s.Agenda.Checklist)...)
	}
	return append(out, CheckSet(items, s.RiskAccepted, s.Agenda.Checklist)...)
}

// DueBy is the last day (UTC midnight) an item may be due for a severity:
// SEV-1 and SEV-2 within p's days of the meeting's date, SEV-3, SEV-4 and
// an unset severity by the end of the meeting's quarter. It is exported so
// the action phase can show the window before a date is typed.
func DueBy(sev Severity, meeting time.Time, p agenda.Checklist) time.Time {
	y, m, d := meeting.UTC().Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	switch sev {
	case SEV1:
		return day.AddDate(0, 0, orDefault(p.SEV1Days, agenda.DefaultChecklist.SEV1Days))
	case SEV2:
		return day.AddDate(0, 0, orDefault(p.SEV2Days, agenda.DefaultChecklist.SEV2Days))
	}
	// Day 0 of the quarter's fourth month is the quarter's last day.
	return time.Date(y, time.Month((int(m)-1)/3*3+4), 0, 0, 0, 0, 0, time.UTC)
}

// dueProblem says what is wrong with a due date, or "".
func dueProblem(due time.Time, sev Severity, meeting time.Time, p agenda.Checklist) string {
	by := DueBy(sev, meeting, p)
	window := windowText(sev, by, p)
	y, m, d := meeting.UTC().Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	switch {
	case due.IsZero():
		return "no due date: " + window + `; "soon" is not a date`
	case due.Before(day):
		return "due " + due.Format(time.DateOnly) + " is before the meeting (" + day.Format(time.DateOnly) + "): a date already past is not a commitment"
	case due.After(by):
		return "due " + due.Format(time.DateOnly) + " is outside the window: " + window
	}
	return ""
}

// windowText says the window in words: "SEV-1 items are due within 14
// days (by 2026-12-03)".
func windowText(sev Severity, by time.Time, p agenda.Checklist) string {
	date := by.Format(time.DateOnly)
	switch sev {
	case SEV1:
		return fmt.Sprintf("SEV-1 items are due within %d days (by %s)", orDefault(p.SEV1Days, agenda.DefaultChecklist.SEV1Days), date)
	case SEV2:
		return fmt.Sprintf("SEV-2 items are due within %d days (by %s)", orDefault(p.SEV2Days, agenda.DefaultChecklist.SEV2Days), date)
	case "":
		return "items are due by the end of the quarter (" + date + ") while no severity is set"
	}
	return string(sev) + " items are due by the end of the quarter (" + date + ")"
}

func orDefault(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// teamNames are owners that name a group, compared whole against a
// handle or an email's local part: functions (sre, infra, platform),
// rotations (oncall), and chat and mail broadcasts (here, all, alerts).
var teamNames = map[string]bool{
	"team": true, "teams": true, "sre": true, "sres": true, "ops": true, "devops": true,
	"secops": true, "netops": true, "sysops": true, "mlops": true, "dataops": true,
	"finops": true, "bizops": true, "devsecops": true, "infra": true, "infrastructure": true,
	"platform": true, "eng": true, "engineering": true, "dev": true, "devs": true,
	"developers": true, "backend": true, "frontend": true, "qa": true, "security": true,
	"support": true, "oncall": true, "on-call": true, "on_call": true, "dba": true,
	"dbas": true, "network": true, "noc": true, "it": true, "helpdesk": true, "admin": true,
	"admins": true, "all": true, "everyone": true, "here": true, "channel": true,
	"leads": true, "management": true, "managers": true, "staff": true, "release": true,
	"releng": true, "alerts": true, "incidents": true, "incident": true, "postmortem": true,
	"postmortems": true, "noreply": true, "no-reply": true,
}

// teamSuffixes end a group's name after a separator ("payments-eng",
// "db_ops", "sre.oncall"). Without a separator only the unambiguous ones
// count ("sreteam", "paymentsoncall"): "eng" would catch names like Heng.
var teamSuffixes = []string{"team", "teams", "squad", "group", "guild", "oncall", "ops",
	"eng", "sre", "crew", "tribe", "rotation", "devs", "engineering", "dept"}

var gluedTeamSuffixes = []string{"team", "squad", "group", "guild", "oncall", "rotation"}

// IsTeamOwner reports whether an owner ("@handle" or an email) names a
// team rather than one person: a GitHub team ("@org/team"), a name in
// teamNames, a name whose last part after - _ or . is a team suffix, or
// one glued to team, squad, group, guild, oncall or rotation.
func IsTeamOwner(owner string) bool {
	name := strings.ToLower(strings.TrimPrefix(owner, "@"))
	if at := strings.IndexByte(name, '@'); at >= 0 {
		name = name[:at]
	}
	if strings.Contains(name, "/") || teamNames[name] {
		return true
	}
	if i := strings.LastIndexAny(name, "-_."); i >= 0 {
		last := name[i+1:]
		for _, s := range teamSuffixes {
			if last == s {
				return true
			}
		}
	}
	for _, s := range gluedTeamSuffixes {
		if len(name) > len(s) && strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// vaguePhrases are actions no test or alert could confirm done (seed
// 002: "improve awareness" has no observable artifact).
var vaguePhrases = []string{
	"improve awareness", "raise awareness", "increase awareness", "more awareness",
	"better awareness", "be aware", "be more careful", "be careful", "more careful",
	"take more care", "be more vigilant", "be vigilant", "pay more attention", "pay attention",
	"double check", "triple check", "improve communication", "better communication",
	"communicate better", "more communication", "better training", "more training",
	"improve training", "additional training", "retrain", "educate", "remind",
	"improve monitoring", "better monitoring", "more monitoring", "improve testing",
	"better testing", "more testing", "test more", "improve documentation",
	"better documentation", "improve process", "improve processes", "be more proactive",
	"try harder", "avoid mistakes", "avoid this in the future", "learn from this",
	"keep an eye on", "follow best practices", "improve quality", "be more thorough",
}

// studyVerbs open an item that only studies the problem; alone they
// change nothing, but "investigate X and add Y" is fine.
var studyVerbs = []string{"investigate", "look into", "explore", "research", "consider",
	"think about", "discuss", "revisit", "evaluate"}

// vagueAction says why an action's wording cannot be verified, or "".
func vagueAction(what string) string {
	norm := normalizeWords(what)
	if strings.TrimSpace(norm) == "" {
		return "no description: say what will be done, as something a test or an alert can confirm"
	}
	for _, p := range vaguePhrases {
		if hasPhrase(norm, p) {
			return `"` + p + `" is not verifiable: no test or alert could confirm it is done; name the artifact (an alert, a check, a test, a runbook step)`
		}
	}
	if i := strings.Index(norm, " make "); i >= 0 && hasAnyWord(norm[i:], []string{"smarter", "better"}) && !hasPhrase(norm, "by") {
		return `"make ... better" is not verifiable: say what will change and how it can be checked`
	}
	for _, v := range studyVerbs {
		if strings.HasPrefix(norm, " "+v+" ") && !hasPhrase(norm, "and") {
			return `"` + v + `" alone is not an action: say what will change, or make it "decide X by DATE"`
		}
	}
	return ""
}
