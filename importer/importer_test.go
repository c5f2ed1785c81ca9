package importer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// show writes rows as "15:04:05 text #tag" for comparing.
func show(rows []model.DraftRow) []string {
	var out []string
	for _, r := range rows {
		s := r.At.Format("2006-01-02 15:04:05") + " " + r.Text
		if r.Tag != "" {
			s += " #" + string(r.Tag)
		}
		out = append(out, s)
	}
	return out
}

func TestImportTestdata(t *testing.T) {
	tests := []struct {
		spec string
		want []string
	}{
		{"testdata/timeline.csv", []string{
			"2026-11-19 09:14:00 Deploy v2.31.4 to prod (canary 5%) #started",
			"2026-11-19 09:28:00 Connection pool exhaustion identified on checkout-db, pool at 100/100",
			"2026-11-19 09:31:00 Rolled back to v2.31.3 #mitigated",
		}},
		{"testdata/timeline.jsonl", []string{
			"2026-11-19 09:15:30 Canary error rate climbs to 4% in the deploy dashboard",
			"2026-11-19 09:41:00 Error rate back to baseline #resolved",
			"2026-11-19 09:45:00 Status page updated: checkout degraded",
		}},
		{"testdata/alertmanager.json", []string{
			"2026-11-19 09:16:40 Alert CheckoutHighErrorRate firing (critical, checkout-api-7:9090): Checkout 5xx ratio above 5% for 2 minutes #detected",
			"2026-11-19 09:18:05 Alert CheckoutLatencyP99High firing (warning, checkout-api-3:9090): p99 latency above 1.5s #detected",
			"2026-11-19 09:39:10 Alert CheckoutHighErrorRate resolved (checkout-api-7:9090)",
			"2026-11-19 09:40:00 Alert CheckoutLatencyP99High resolved (checkout-api-3:9090)",
		}},
		{"testdata/pagerduty.json", []string{
			"2026-11-19 09:17:02 PagerDuty: Triggered through the API. #detected",
			"2026-11-19 09:19:30 PagerDuty: Acknowledged by Ana Lima.",
			"2026-11-19 09:24:12 PagerDuty note by Ana Lima: Pool on checkout-db at 100/100 connections; canary pods hold theirs",
			"2026-11-19 09:26:00 PagerDuty: Escalated to Database on-call (Bo Chen) by Ana Lima.",
			"2026-11-19 09:41:20 PagerDuty: Resolved by Ana Lima. #resolved",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.spec, func(t *testing.T) {
			specs, err := ParseSpecs([]string{tc.spec})
			if err != nil {
				t.Fatal(err)
			}
			rows, err := Load(specs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := show(rows); !slices.Equal(got, tc.want) {
				t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			kind, _ := Detect(tc.spec)
			for _, r := range rows {
				if r.Source != kind+":"+tc.spec || r.At.Location() != time.UTC {
					t.Fatalf("source %q, zone %v", r.Source, r.At.Location())
				}
			}
		})
	}
}

func TestImportSlack(t *testing.T) {
	win := Options{From: time.Date(2026, 11, 19, 9, 0, 0, 0, time.UTC), To: time.Date(2026, 11, 19, 10, 0, 0, 0, time.UTC)}
	rows, err := Load([]Spec{{Path: "testdata/slack"}}, win)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2026-11-19 09:13:55 #deploys cy.ortiz: deploying checkout v2.31.4 (canary 5%) :rocket:",
		"2026-11-19 09:18:20 #inc-checkout Ana: Paged for checkout 5xx, looking now. @Bo Chen can you check checkout-db?",
		"2026-11-19 09:20:05 #inc-checkout Bo Chen (thread): pool is pinned at 100/100 & waiters piling up",
		"2026-11-19 09:22:40 #inc-checkout cy.ortiz (thread): canary went out at 09:14, see deploy 2314 (https://deploys.example.com/checkout/2314)",
		"2026-11-19 09:30:15 #inc-checkout Ana: Rolling back to v2.31.3 now",
		"2026-11-19 09:42:00 #inc-checkout Bo Chen: errors gone, marking this resolved on our side",
		"2026-11-19 09:44:00 #inc-checkout statuspage: Incident updated: *Monitoring*",
	}
	if got := show(rows); !slices.Equal(got, want) {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// One channel's folder reads that channel only; without a window of
	// its own the other files' span (padded 30 minutes) bounds it, which
	// leaves out the booking at 14:05 and the day before.
	rows, err = Load([]Spec{{Path: "testdata/slack/inc-checkout"}, {Path: "testdata/pagerduty.json"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	slack := 0
	for _, r := range rows {
		if r.Source == "slack:testdata/slack/inc-checkout" {
			slack++
			if strings.Contains(r.Text, "#deploys") || strings.Contains(r.Text, "booked") || strings.Contains(r.Text, "Release train") {
				t.Errorf("outside the window or channel: %s", r.Text)
			}
		}
	}
	if slack != 6 {
		t.Errorf("%d slack rows, want 6", slack)
	}
	if _, err := Load([]Spec{{Path: "testdata/slack"}}, Options{}); err == nil || !strings.Contains(err.Error(), "time window") {
		t.Errorf("a Slack export with no window: %v", err)
	}
	rows, err = Load([]Spec{{Path: "testdata/slack"}}, Options{Day: "2026-11-18"})
	if err != nil || len(rows) != 1 || !strings.Contains(rows[0].Text, "Release train") {
		t.Errorf("--date's day: %v %v", show(rows), err)
	}
}

// write puts files (name -> content) in a new folder and returns it.
func write(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestImportMalformed(t *testing.T) {
	users := `[{"id":"U1","name":"ana"}]`
	tests := []struct {
		name  string
		files map[string]string
		spec  string
		want  string // the error, after the folder
	}{
		{"csv bad time", map[string]string{"t.csv": "time,text\n2026-11-19T09:14:00Z,ok\nnine fourteen,deploy\n"}, "t.csv",
			`t.csv:3: time "nine fourteen": want RFC 3339`},
		{"csv misspelt header", map[string]string{"t.csv": "tiem,text,tag\n2026-11-19T09:14:00Z,ok,started\n"}, "t.csv",
			`t.csv:1: header "tiem,text,tag": the columns are time,text or time,text,tag`},
		{"csv bad tag", map[string]string{"t.csv": "2026-11-19 09:14,deploy,fixed\n"}, "t.csv",
			`t.csv:1: tag "fixed": want started, detected, mitigated or resolved`},
		{"csv too many fields", map[string]string{"t.csv": "2026-11-19 09:14,a,b,c\n"}, "t.csv", `t.csv:1: 4 fields`},
		{"csv empty text", map[string]string{"t.csv": "2026-11-19 09:14,  \n"}, "t.csv", `t.csv:1: text: empty`},
		{"csv bad quote", map[string]string{"t.csv": "2026-11-19 09:14,ok\n2026-11-19 09:15,\"open quote\n"}, "t.csv", `t.csv:2: extraneous or missing " in quoted-field`},
		{"csv year", map[string]string{"t.csv": "0001-01-01T00:00:00Z,zero\n"}, "t.csv", `is not an incident's`},
		{"jsonl broken line", map[string]string{"t.jsonl": `{"time":"2026-11-19T09:14:00Z","text":"a"}` + "\n\n" + `{"time":"2026-11-19T09:15:00Z","text":` + "\n"}, "t.jsonl", `t.jsonl:3: unexpected EOF`},
		{"jsonl missing text", map[string]string{"t.jsonl": `{"time":"2026-11-19T09:14:00Z"}` + "\n"}, "t.jsonl", `t.jsonl:1: text: missing`},
		{"jsonl misspelt key", map[string]string{"t.jsonl": `{"time":"2026-11-19T09:14:00Z","text":"a"}` + "\n" + `{"tiem":"2026-11-19T09:15:00Z","text":"b"}` + "\n"}, "t.jsonl", `t.jsonl:2: unknown key "tiem": the keys are time, text and tag (optional)`},
		{"jsonl misspelt optional key", map[string]string{"t.jsonl": `{"time":"2026-11-19T09:14:00Z","text":"a","tags":"detected"}` + "\n"}, "t.jsonl", `t.jsonl:1: unknown key "tags": the keys are time, text and tag (optional)`},
		{"jsonl wrong type", map[string]string{"t.jsonl": `{"time":"2026-11-19T09:14:00Z","text":5}` + "\n"}, "t.jsonl", `t.jsonl:1: text: want a string, found number`},
		{"alertmanager bad status", map[string]string{"am.json": `{"version":"4","alerts":[{"status":"firing","startsAt":"2026-11-19T09:00:00Z"},{"status":"pending","startsAt":"2026-11-19T09:00:00Z"}]}`}, "am.json",
			`am.json: alerts[1].status: "pending": want firing or resolved`},
		{"alertmanager resolved without end", map[string]string{"am.json": `[{"version":"4","alerts":[]},{"version":"4","alerts":[{"status":"resolved","startsAt":"2026-11-19T09:00:00Z","endsAt":"soon"}]}]`}, "alertmanager:am.json",
			`am.json: [1].alerts[0].endsAt: "soon": want an RFC 3339 time`},
		{"alertmanager version", map[string]string{"am.json": `{"version":"3","alerts":[]}`}, "am.json", `am.json: version: "3": debrief reads webhook payloads of version 4`},
		{"alertmanager labels type", map[string]string{"am.json": `{"version":"4","alerts":[{"status":"firing","labels":["x"]}]}`}, "am.json", `am.json: alerts.labels: want an object, found array`},
		{"alertmanager syntax", map[string]string{"am.json": "{\"version\":\"4\",\n\"alerts\":[\n{\"status\":\"firing\",,}]}"}, "am.json", `am.json:3: invalid character ','`},
		{"pagerduty bad time", map[string]string{"pd.json": `{"log_entries":[{"type":"trigger_log_entry","created_at":"2026-11-19T09:17:02Z"},{"type":"resolve_log_entry","created_at":"yesterday"}]}`}, "pd.json",
			`pd.json: log_entries[1].created_at: "yesterday": want an RFC 3339 time`},
		{"pagerduty no type", map[string]string{"pd.json": `{"log_entries":[{"created_at":"2026-11-19T09:17:02Z"}]}`}, "pd.json", `pd.json: log_entries[0].type: missing`},
		{"pagerduty not a log", map[string]string{"pd.json": `{"incidents":[]}`}, "pagerduty:pd.json", `pd.json: log_entries: missing`},
		{"slack bad ts", map[string]string{"s/users.json": users, "s/inc/2026-11-19.json": `[{"type":"message","user":"U1","text":"hi","ts":"1763543600.000100"},{"type":"message","user":"U1","text":"x","ts":"noon"}]`}, "s",
			`2026-11-19.json: [1].ts: "noon": want a Slack timestamp`},
		{"slack users", map[string]string{"s/users.json": `{"id":"U1"}`, "s/inc/2026-11-19.json": `[]`}, "s", `users.json: want an array, found object`},
		{"slack no users", map[string]string{"s/inc/2026-11-19.json": `[]`}, "s", `users.json: missing: not a Slack export`},
		{"undetectable", map[string]string{"x.txt": "hello"}, "x.txt", `x.txt: cannot tell what kind of file this is`},
		{"empty json", map[string]string{"pd.json": "  \n"}, "pagerduty:pd.json", `pd.json: the file is empty`},
		{"missing", map[string]string{}, "csv:nope.csv", `nope.csv: no such file or directory`},
		{"control characters in the name and text", map[string]string{"t\x1b[31m.csv": "2026-11-19 09:14,ok,\x1b]0;owned\x07\n"}, "t\x1b[31m.csv",
			`t\x1b[31m.csv:1: tag "\x1b]0;owned\a"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := write(t, tc.files)
			good := filepath.Join("testdata", "timeline.csv")
			kind, path, ok := strings.Cut(tc.spec, ":")
			spec := Spec{Path: filepath.Join(dir, tc.spec)}
			if ok {
				spec = Spec{Kind: kind, Path: filepath.Join(dir, path)}
			}
			// A good file beside the bad one: nothing is imported half-way.
			rows, err := Load([]Spec{{Path: good}, spec}, Options{Day: "2026-11-19"})
			if err == nil {
				t.Fatalf("no error; rows %v", show(rows))
			}
			if rows != nil {
				t.Fatalf("%d rows came back with the error", len(rows))
			}
			var ie *Error
			if !errors.As(err, &ie) {
				t.Fatalf("%T %v is not an *Error", err, err)
			}
			msg := strings.ReplaceAll(err.Error(), visible(dir)+string(filepath.Separator), "")
			if !strings.Contains(msg, tc.want) {
				t.Fatalf("error\n%s\nwant it to contain\n%s", msg, tc.want)
			}
			if strings.ContainsAny(msg, "\x1b\x07") {
				t.Fatalf("a control character reached the message: %q", msg)
			}
		})
	}
}

func TestImportRefusesNonRegularAndHuge(t *testing.T) {
	if _, err := Load([]Spec{{Kind: KindCSV, Path: os.DevNull}}, Options{}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("%s: %v", os.DevNull, err)
	}
	big := filepath.Join(t.TempDir(), "big.csv")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(MaxFileBytes + 1)
	f.Close()
	if _, err := Load([]Spec{{Path: big}}, Options{}); err == nil || !strings.Contains(err.Error(), "MiB an import reads") {
		t.Errorf("a file over the cap: %v", err)
	}
}

func TestParseSpecs(t *testing.T) {
	got, err := ParseSpecs([]string{"a.csv,pagerduty:pd.json", " slack:exp/ ", "C:/x/y.json", "./odd:name.json"})
	if err != nil {
		t.Fatal(err)
	}
	want := []Spec{{"", "a.csv"}, {"pagerduty", "pd.json"}, {"slack", "exp/"}, {"", "C:/x/y.json"}, {"", "./odd:name.json"}}
	if !slices.Equal(got, want) {
		t.Fatalf("%v", got)
	}
	for _, bad := range []string{"jira:x.json", "csv:"} {
		if _, err := ParseSpecs([]string{bad}); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestRowText(t *testing.T) {
	for in, want := range map[string]string{
		"two\nlines\r\n  and\ttabs":          "two lines and tabs",
		"\x1b[2J\x1b]0;title\x07clear":       "clear",
		"bidi \u202eevil\u202c text":         "bidi evil text",
		"we are #resolved now #Detected-ish": "we are resolved now #Detected-ish",
		"bad \xff byte":                      "bad \uFFFD byte",
		strings.Repeat("x", MaxTextRunes+5):  strings.Repeat("x", MaxTextRunes) + "…",
	} {
		if got := rowText(in); got != want {
			t.Errorf("rowText(%q) = %q, want %q", in, got, want)
		}
	}
}

func ExampleParseSpecs() {
	specs, _ := ParseSpecs([]string{"alerts.json,slack:export/inc-4512"})
	fmt.Println(specs)
	// Output: [:alerts.json slack:export/inc-4512]
}

func TestImportDedupesAcrossFiles(t *testing.T) {
	data, err := os.ReadFile("testdata/alertmanager.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "copy.json"), data, 0o600)
	rows, err := Load([]Spec{{Path: "testdata/alertmanager.json"}, {Path: filepath.Join(dir, "copy.json")}, {Path: "testdata/timeline.csv"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 {
		t.Fatalf("%d rows, want the 4 alerts once and 3 timeline rows:\n%s", len(rows), strings.Join(show(rows), "\n"))
	}
}

// TestImportSlackShapeBeforeWindow: a folder that is not a Slack export,
// or a file named slack:, is named as what it is, not asked for a time
// window it would never need.
func TestImportSlackShapeBeforeWindow(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "rows.csv"), []byte("time,text\n"), 0o600)
	for _, tc := range []struct {
		spec Spec
		want string
	}{
		{Spec{Path: dir}, "not a Slack export"},
		{Spec{Kind: KindSlack, Path: filepath.Join(dir, "rows.csv")}, "a Slack export is a folder"},
		{Spec{Kind: KindSlack, Path: filepath.Join(dir, "gone")}, "gone"},
	} {
		_, err := Load([]Spec{tc.spec}, Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "time window") {
			t.Errorf("%v: got %v, want an error saying %q", tc.spec, err, tc.want)
		}
	}
}
