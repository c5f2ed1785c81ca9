package model

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// good is an item that passes every per-item check for any severity at
// the test meeting (2026-11-21).
var good = ActionItem{What: "Add alert: pg_pool_utilization > 0.8 for 5m", Owner: "@alice",
	Due: day("2026-11-28"), Ticket: "ENG-4421", Priority: "P1", Type: TypeDetect}

func ids(cs []Check) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func TestCheckItemPasses(t *testing.T) {
	for _, sev := range []Severity{SEV1, SEV2, SEV3, SEV4, ""} {
		if got := CheckItem(good, 1, sev, meeting, agenda.DefaultChecklist); got != nil {
			t.Errorf("%s: %+v", sev, got)
		}
	}
}

func TestCheckItemOwner(t *testing.T) {
	people := []string{"@alice", "@heng", "@bob-smith", "alice.smith@example.com", "@steve_ops_fan.x", "@teamster"}
	for _, o := range people {
		a := good
		a.Owner = o
		if got := CheckItem(a, 1, SEV1, meeting, agenda.DefaultChecklist); got != nil {
			t.Errorf("person %s: %+v", o, got)
		}
	}
	teams := []string{"", "@sre-team", "@infra", "@platform-team", "@ops", "@sre", "@payments-squad",
		"@db_group", "@sre.oncall", "@payments-ops", "@devops", "@payments-eng", "@api-guild",
		"@sreteam", "@paymentsoncall", "@acme/payments", "@here", "@everyone", "team@example.com",
		"oncall@example.com", "sre@example.com", "platform-team@example.com", "SRE@Example.com"}
	for _, o := range teams {
		a := good
		a.Owner = o
		got := CheckItem(a, 3, SEV1, meeting, agenda.DefaultChecklist)
		if len(got) != 1 || got[0].ID != CheckOwner || got[0].Item != 3 {
			t.Errorf("team %q: %+v", o, got)
		}
	}
	a := good
	a.Owner = "@sre-team"
	if r := CheckItem(a, 1, SEV1, meeting, agenda.DefaultChecklist)[0].Reason; !strings.HasPrefix(r, "@sre-team is a team, not a person") {
		t.Errorf("reason %q", r)
	}
}

func TestCheckItemTicketAndType(t *testing.T) {
	a := good
	a.Ticket = ""
	if got := ids(CheckItem(a, 1, SEV1, meeting, agenda.DefaultChecklist)); !slices.Equal(got, []string{CheckTicket}) {
		t.Errorf("no ticket: %v", got)
	}
	a = good
	a.Type = ""
	if got := ids(CheckItem(a, 1, SEV1, meeting, agenda.DefaultChecklist)); !slices.Equal(got, []string{CheckType}) {
		t.Errorf("no type: %v", got)
	}
	if got := ids(CheckItem(ActionItem{}, 1, SEV1, meeting, agenda.DefaultChecklist)); !slices.Equal(got,
		[]string{CheckOwner, CheckTicket, CheckDue, CheckType, CheckVerifiable}) {
		t.Errorf("empty item: %v", got)
	}
}

func TestCheckItemDue(t *testing.T) {
	custom := agenda.Checklist{SEV1Days: 7, SEV2Days: 10, MaxItems: 3}
	tests := []struct {
		sev     Severity
		meeting string
		due     string
		p       agenda.Checklist
		fails   bool
	}{
		{SEV1, "2026-11-21 15:00:00", "2026-12-05", agenda.DefaultChecklist, false}, // day 14
		{SEV1, "2026-11-21 15:00:00", "2026-12-06", agenda.DefaultChecklist, true},  // day 15
		{SEV1, "2026-11-21 15:00:00", "2026-11-21", agenda.DefaultChecklist, false}, // the meeting's day
		{SEV1, "2026-11-21 15:00:00", "2026-11-20", agenda.DefaultChecklist, true},  // before the meeting
		{SEV2, "2026-11-21 15:00:00", "2026-12-19", agenda.DefaultChecklist, false}, // day 28
		{SEV2, "2026-11-21 15:00:00", "2026-12-20", agenda.DefaultChecklist, true},  // day 29
		{SEV3, "2026-11-21 15:00:00", "2026-12-31", agenda.DefaultChecklist, false}, // quarter end
		{SEV3, "2026-11-21 15:00:00", "2027-01-01", agenda.DefaultChecklist, true},
		{SEV4, "2026-02-10 15:00:00", "2026-03-31", agenda.DefaultChecklist, false},
		{SEV4, "2026-02-10 15:00:00", "2026-04-01", agenda.DefaultChecklist, true},
		{SEV3, "2026-06-30 23:59:00", "2026-06-30", agenda.DefaultChecklist, false}, // last day of Q2
		{SEV3, "2026-07-01 00:00:00", "2026-09-30", agenda.DefaultChecklist, false},
		{SEV3, "2026-07-01 00:00:00", "2026-10-01", agenda.DefaultChecklist, true},
		{"", "2026-11-21 15:00:00", "2026-12-31", agenda.DefaultChecklist, false},
		{"", "2026-11-21 15:00:00", "2027-01-01", agenda.DefaultChecklist, true},
		{SEV1, "2026-11-21 15:00:00", "2026-11-28", custom, false},
		{SEV1, "2026-11-21 15:00:00", "2026-11-29", custom, true},
		{SEV2, "2026-11-21 15:00:00", "2026-12-01", custom, false},
		{SEV2, "2026-11-21 15:00:00", "2026-12-02", custom, true},
		{SEV1, "2026-11-21 15:00:00", "2026-12-05", agenda.Checklist{}, false}, // zero: the default 14
		{SEV1, "2026-11-21 15:00:00", "2026-12-06", agenda.Checklist{}, true},
		{SEV1, "2026-12-25 10:00:00", "2027-01-08", agenda.DefaultChecklist, false}, // over the new year
	}
	for _, tt := range tests {
		a := good
		a.Due = day(tt.due)
		got := CheckItem(a, 1, tt.sev, utc(tt.meeting), tt.p)
		if fails := slices.Equal(ids(got), []string{CheckDue}); fails != tt.fails || (!fails && got != nil) {
			t.Errorf("%q meeting %s due %s %+v: %+v", tt.sev, tt.meeting, tt.due, tt.p, got)
		}
	}
	a := good
	a.Due = time.Time{}
	r := CheckItem(a, 1, SEV1, meeting, agenda.DefaultChecklist)[0].Reason
	if want := `no due date: SEV-1 items are due within 14 days (by 2026-12-05); "soon" is not a date`; r != want {
		t.Errorf("reason %q, want %q", r, want)
	}
	a.Due = day("2027-01-01")
	r = CheckItem(a, 1, SEV3, meeting, agenda.DefaultChecklist)[0].Reason
	if want := "due 2027-01-01 is outside the window: SEV-3 items are due by the end of the quarter (2026-12-31)"; r != want {
		t.Errorf("reason %q, want %q", r, want)
	}
}

func TestCheckItemVerifiable(t *testing.T) {
	vague := []string{"Improve awareness of connection pool limits", "Be more careful when deploying",
		"Improve communication between teams", "Better training for on-call", "Raise awareness of limits",
		"Make the deploy smarter", "Pay more attention to alerts", "Double-check configs", "Investigate",
		"Investigate the outage", "Look into pool sizing", "IMPROVE  AWARENESS!", ""}
	for _, w := range vague {
		a := good
		a.What = w
		if got := ids(CheckItem(a, 1, SEV1, meeting, agenda.DefaultChecklist)); !slices.Equal(got, []string{CheckVerifiable}) {
			t.Errorf("vague %q: %v", w, got)
		}
	}
	fine := []string{"Add alert: pool_utilization > 80% fires P2 for 5 min", "Add confirmation prompt to deploy script",
		"Investigate pool sizing and add a load test at production pool size",
		"Make the deploy script refuse promotion by requiring a confirmation", "Run staging at production pool size",
		"Fix awareness-dashboard link in runbook"}
	for _, w := range fine {
		a := good
		a.What = w
		if got := CheckItem(a, 1, SEV1, meeting, agenda.DefaultChecklist); got != nil {
			t.Errorf("verifiable %q: %+v", w, got)
		}
	}
}

func TestCheckSet(t *testing.T) {
	item := func(typ, prio string) ActionItem { return ActionItem{What: "x", Type: typ, Priority: prio} }
	p := agenda.Checklist{SEV1Days: 14, SEV2Days: 28, MaxItems: 3}
	tests := []struct {
		name  string
		items []ActionItem
		risk  bool
		want  []string
	}{
		{"none", nil, false, []string{CheckNone}},
		{"none, risk accepted", nil, true, []string{CheckNone}},
		{"short and long with P1", []ActionItem{item(TypeDetect, "P1"), item(TypePrevent, "P3")}, false, nil},
		{"mitigate and process with P0", []ActionItem{item(TypeMitigate, "P2"), item(TypeProcess, "P0")}, false, nil},
		{"only short", []ActionItem{item(TypeDetect, "P1"), item(TypeMitigate, "")}, false, []string{CheckShortLong}},
		{"only long", []ActionItem{item(TypePrevent, "P1"), item(TypeProcess, "")}, false, []string{CheckShortLong}},
		{"no types", []ActionItem{item("", "P1")}, false, []string{CheckShortLong}},
		{"no P0/P1", []ActionItem{item(TypeDetect, "P2"), item(TypePrevent, "")}, false, []string{CheckHighPriority}},
		{"no P0/P1, risk accepted", []ActionItem{item(TypeDetect, "P2"), item(TypePrevent, "")}, true, nil},
		{"at the maximum", []ActionItem{item(TypeDetect, "P1"), item(TypePrevent, ""), item("", "")}, false, nil},
		{"over the maximum", []ActionItem{item(TypeDetect, "P1"), item(TypePrevent, ""), item("", ""), item("", "")}, false, []string{CheckTooMany}},
		{"everything", []ActionItem{item("", "P2"), item("", ""), item("", ""), item("", "")}, false, []string{CheckShortLong, CheckHighPriority, CheckTooMany}},
	}
	for _, tt := range tests {
		got := CheckSet(tt.items, tt.risk, p)
		if !slices.Equal(ids(got), tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, ids(got), tt.want)
		}
		for _, c := range got {
			if c.Item != 0 || c.Reason == "" || strings.Contains(c.Reason, "\n") {
				t.Errorf("%s: %+v", tt.name, c)
			}
		}
	}
	r := CheckSet([]ActionItem{item(TypeDetect, "P2"), item(TypePrevent, "")}, false, p)[0].Reason
	if r != "no P0/P1 item: is the risk of recurrence accepted by stakeholders?" {
		t.Errorf("high-priority reason %q", r)
	}
	// Zero MaxItems is the default 10.
	many := slices.Repeat([]ActionItem{item(TypeDetect, "P1"), item(TypePrevent, "")}, 5)
	if got := CheckSet(many, false, agenda.Checklist{}); got != nil {
		t.Errorf("10 items: %+v", got)
	}
	if got := ids(CheckSet(append(many, item(TypeDetect, "")), false, agenda.Checklist{})); !slices.Equal(got, []string{CheckTooMany}) {
		t.Errorf("11 items: %v", got)
	}
}

func TestStateChecks(t *testing.T) {
	s := timelineState(t, Setup{Severity: SEV1},
		add(1, "actions", "Add alert: pool_utilization > 80% @alice due:+14d ENG-1 P1 #detect"),
		add(2, "actions", "Improve awareness @sre-team due:+15d"),
	)
	want := []Check{
		{2, CheckOwner, ""}, {2, CheckTicket, ""}, {2, CheckDue, ""}, {2, CheckType, ""}, {2, CheckVerifiable, ""},
		{0, CheckShortLong, ""},
	}
	got := s.Checks(utc("2030-01-01 00:00:00"))
	if len(got) != len(want) {
		t.Fatalf("checks %+v", got)
	}
	for i := range want {
		if got[i].Item != want[i].Item || got[i].ID != want[i].ID {
			t.Errorf("check %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	s = timelineState(t, Setup{Severity: SEV1}, Event{Kind: RiskAccepted, Value: "yes"},
		add(1, "actions", "Add alert @alice due:+1d ENG-1 P3 #detect"),
		add(2, "actions", "Gate canary promotion @bob due:+1d ENG-2 P3 #prevent"))
	if got := s.Checks(time.Time{}); got != nil {
		t.Errorf("risk accepted: %+v", got)
	}
	if got := ids(timelineState(t, Setup{}).Checks(time.Time{})); !slices.Equal(got, []string{CheckNone}) {
		t.Errorf("no items: %v", got)
	}
}
