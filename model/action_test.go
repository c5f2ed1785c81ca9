package model

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var meeting = utc("2026-11-21 15:00:00")

func day(s string) time.Time { return utc(s + " 00:00:00") }

func TestParseAction(t *testing.T) {
	tests := []struct {
		line string
		want ActionItem
	}{
		{"Add pool utilization alert @alice due:2026-12-04 ENG-4421 P1 #prevent", ActionItem{
			What: "Add pool utilization alert", Owner: "@alice", Due: day("2026-12-04"),
			Ticket: "ENG-4421", Priority: "P1", Type: "prevent"}},
		// Tokens anywhere, in any case, spaces collapsed.
		{"p0  #DETECT Add   alert owner:alice@example.com Due:+14d", ActionItem{
			What: "Add alert", Owner: "alice@example.com", Due: day("2026-12-05"), Priority: "P0", Type: "detect"}},
		{"Runbook step bob.smith@corp.example.io https://linear.app/x/issue/OPS-12 p3 #process", ActionItem{
			What: "Runbook step", Owner: "bob.smith@corp.example.io", Ticket: "https://linear.app/x/issue/OPS-12", Priority: "P3", Type: "process"}},
		{"Gate canary owner:@carol ticket:#5521 due:+2w P2 #mitigate", ActionItem{
			What: "Gate canary", Owner: "@carol", Ticket: "#5521", Due: day("2026-12-05"), Priority: "P2", Type: "mitigate"}},
		{"Gate canary owner:dave due:+1m", ActionItem{What: "Gate canary", Owner: "@dave", Due: day("2026-12-21")}},
		{"Check http://tracker/T-1 and due:+0d", ActionItem{What: "Check and", Ticket: "http://tracker/T-1", Due: day("2026-11-21")}},
		{"Add alert @acme/sre-team", ActionItem{What: "Add alert", Owner: "@acme/sre-team"}},
		// Unknown tokens stay in the text.
		{"Fix 5xx on SEV-1 path P4 #urgent @ p99 ENG- eng-12 UTC-5 v2.31 http:// #preventing", ActionItem{
			What: "Fix 5xx on SEV-1 path P4 #urgent @ p99 ENG- eng-12 UTC-5 v2.31 http:// #preventing"}},
		{"Ping @alice, then go", ActionItem{What: "Ping @alice, then go"}},
		{"", ActionItem{}},
	}
	for _, tt := range tests {
		got := ParseAction(tt.line, meeting)
		if !sameItem(got, tt.want) || len(got.Problems) != 0 {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.line, got, tt.want)
		}
	}
}

func TestParseActionRelativeDue(t *testing.T) {
	tests := []struct {
		meeting, due, want string
	}{
		{"2026-11-21 23:59:00", "+14d", "2026-12-05"},
		{"2026-12-25 09:00:00", "+14d", "2027-01-08"},
		{"2026-11-21 00:00:00", "+2w", "2026-12-05"},
		{"2026-01-31 12:00:00", "+1m", "2026-03-03"},
		{"2026-11-21 12:00:00", "+3M", "2027-02-21"},
		{"2028-02-20 12:00:00", "+10d", "2028-03-01"},
	}
	for _, tt := range tests {
		got := ParseAction("x due:"+tt.due, utc(tt.meeting))
		if !got.Due.Equal(day(tt.want)) || got.Due.Location() != time.UTC {
			t.Errorf("due:%s from %s = %v, want %s", tt.due, tt.meeting, got.Due, tt.want)
		}
	}
	// The meeting's UTC date counts, whatever zone the time is in.
	tokyo := time.FixedZone("JST", 9*3600)
	m := time.Date(2026, 11, 22, 8, 0, 0, 0, tokyo) // 2026-11-21 23:00 UTC
	if got := ParseAction("x due:+1d", m).Due; !got.Equal(day("2026-11-22")) {
		t.Errorf("zoned meeting: %v", got)
	}
}

func TestParseActionProblems(t *testing.T) {
	tests := []struct {
		line     string
		what     string
		problems []string
	}{
		{"Fix due:2026-02-30", "Fix due:2026-02-30", []string{"due:2026-02-30 is not a date: use due:YYYY-MM-DD, due:+14d or due:+2w"}},
		{"Fix due:soon", "Fix due:soon", []string{"due:soon is not a date: use due:YYYY-MM-DD, due:+14d or due:+2w"}},
		{"Fix due:+2y", "Fix due:+2y", []string{"due:+2y is not a date: use due:YYYY-MM-DD, due:+14d or due:+2w"}},
		{"Fix due:+d", "Fix due:+d", []string{"due:+d is not a date: use due:YYYY-MM-DD, due:+14d or due:+2w"}},
		{"Fix due:+-3d", "Fix due:+-3d", []string{"due:+-3d is not a date: use due:YYYY-MM-DD, due:+14d or due:+2w"}},
		{"Fix owner:", "Fix owner:", []string{"owner: is not an owner: use owner:@handle or owner:name@example.com"}},
		{"Fix owner:a,b", "Fix owner:a,b", []string{"owner:a,b is not an owner: use owner:@handle or owner:name@example.com"}},
		{"Fix ticket:", "Fix ticket:", []string{"ticket: has no reference"}},
		{"Fix @alice @bob", "Fix", []string{"more than one owner: kept @alice, dropped @bob"}},
		{"Fix @alice alice@example.com", "Fix", []string{"more than one owner: kept @alice, dropped alice@example.com"}},
		{"Fix @alice @alice", "Fix", nil},
		{"Fix due:+1d due:2026-12-01", "Fix", []string{"more than one due date: kept due:2026-11-22, dropped due:2026-12-01"}},
		{"Fix ENG-1 ENG-2", "Fix", []string{"more than one ticket: kept ENG-1, dropped ENG-2"}},
		{"Fix P1 P2", "Fix", []string{"more than one priority: kept P1, dropped P2"}},
		{"Fix #prevent #detect", "Fix", []string{"more than one type: kept prevent, dropped detect"}},
	}
	for _, tt := range tests {
		got := ParseAction(tt.line, meeting)
		if got.What != tt.what || !slices.Equal(got.Problems, tt.problems) {
			t.Errorf("%q: What %q Problems %q; want %q %q", tt.line, got.What, got.Problems, tt.what, tt.problems)
		}
	}
	// Team-like owners are kept; the checklist judges them.
	if got := ParseAction("Fix @sre-team", meeting); got.Owner != "@sre-team" || got.Problems != nil {
		t.Errorf("team owner: %+v", got)
	}
}

func TestActionFormat(t *testing.T) {
	tests := []struct {
		item ActionItem
		line string
	}{
		{ActionItem{What: "Add alert", Owner: "@alice", Due: day("2026-12-04"), Ticket: "ENG-4421", Priority: "P1", Type: "prevent"},
			"Add alert @alice due:2026-12-04 ENG-4421 P1 #prevent"},
		{ActionItem{What: "Add alert"}, "Add alert"},
		{ActionItem{Owner: "a@b.io", Ticket: "#55"}, "a@b.io ticket:#55"},
		{ActionItem{What: "x", Ticket: "https://t.example/1"}, "x https://t.example/1"},
		{ActionItem{What: "x", Ticket: "SEV-1"}, "x ticket:SEV-1"},
		{ActionItem{}, ""},
	}
	for _, tt := range tests {
		if got := tt.item.Format(); got != tt.line {
			t.Errorf("Format(%+v) = %q, want %q", tt.item, got, tt.line)
		}
		if back := ParseAction(tt.line, meeting); !sameItem(back, tt.item) {
			t.Errorf("ParseAction(%q) = %+v, want %+v", tt.line, back, tt.item)
		}
	}
	// Parse, format, parse keeps the fields even for messy input.
	for _, line := range []string{
		"  P2 owner:dave ticket:ENG-7 Fix   the thing due:+1m  #Mitigate ",
		"Fix due:2026-02-30 @a @b ENG-1 ENG-2 due:+1d",
		"ticket:owner:x what",
	} {
		a := ParseAction(line, meeting)
		if b := ParseAction(a.Format(), meeting); !sameItem(a, b) {
			t.Errorf("%q: round trip %+v -> %q -> %+v", line, a, a.Format(), b)
		}
	}
}

func TestStateActionItems(t *testing.T) {
	s := timelineState(t, Setup{},
		add(1, "actions", "Add alert @alice due:+14d ENG-1 P1 #detect"),
		add(2, "timeline", "09:14 not an action"),
		add(3, "actions", "   "),
		Event{Kind: NoteAdded, Note: 4, Phase: "actions", Section: SectionParked, Text: "Someday"},
		add(5, "actions", "Gate canary @bob"),
	)
	items := s.ActionItems()
	if len(items) != 2 || items[0].Note != 1 || items[1].Note != 5 {
		t.Fatalf("items %+v", items)
	}
	if !items[0].Due.Equal(day("2026-12-05")) {
		t.Errorf("relative due from the session's creation: %v", items[0].Due)
	}
}

func sameItem(a, b ActionItem) bool {
	return a.Note == b.Note && a.What == b.What && a.Owner == b.Owner && a.Due.Equal(b.Due) &&
		a.Ticket == b.Ticket && a.Priority == b.Priority && a.Type == b.Type
}

func BenchmarkParseAction(b *testing.B) {
	line := "Add pool utilization alert @alice due:2026-12-04 ENG-4421 P1 #prevent"
	for b.Loop() {
		ParseAction(line, meeting)
	}
}

func BenchmarkParseTimeline(b *testing.B) {
	line := "09:14 Deploy v2.31.4 to prod (canary 5%)"
	for b.Loop() {
		ParseTimeline(line, "2026-11-19", time.UTC)
	}
}

func FuzzParseAction(f *testing.F) {
	for _, s := range []string{"Add pool utilization alert @alice due:2026-12-04 ENG-4421 P1 #prevent",
		"p0 #DETECT owner:alice@example.com due:+14d", "x ticket:#1 https://a.b/c", "Fix @a @b due:+2w due:+1m",
		"due:2026-02-30 owner: ticket:", "é\t@ü #process P3", "ticket:ticket:x owner:@x/y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		a := ParseAction(line, meeting)
		if utf8.ValidString(line) {
			for _, s := range []string{a.What, a.Owner, a.Ticket, a.Format()} {
				if !utf8.ValidString(s) {
					t.Fatalf("%q: invalid UTF-8 %q", line, s)
				}
			}
		}
		if strings.Contains(a.What, "  ") || strings.ContainsRune(a.What, '\t') || a.What != strings.Trim(a.What, " ") {
			t.Fatalf("%q: What %q not collapsed", line, a.What)
		}
		if !a.Due.IsZero() && (a.Due.Location() != time.UTC || a.Due.Hour() != 0) {
			t.Fatalf("%q: Due %v not UTC midnight", line, a.Due)
		}
		f1 := a.Format()
		b := ParseAction(f1, meeting)
		if !sameItem(a, b) {
			t.Fatalf("%q: %+v\nformats as %q and reads back %+v", line, a, f1, b)
		}
		if f2 := b.Format(); f2 != f1 {
			t.Fatalf("%q: Format not stable: %q then %q", line, f1, f2)
		}
	})
}
