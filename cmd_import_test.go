package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// TestNewImportRecordsDrafts runs debrief new --import with three sources
// as a person would: the setup screen opens first and records nothing;
// once the meeting starts (ctrl+n) every row is a draft in the session
// file, so resume, export and replay see the same drafts.
func TestNewImportRecordsDrafts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real program")
	}
	td, _ := filepath.Abs("importer/testdata")
	path := filepath.Join(t.TempDir(), "seeded.debrief.yaml")
	cmd := debriefCmd(t, "new", "--title", "Checkout errors", "--severity", "SEV-2",
		"--import", filepath.Join(td, "alertmanager.json")+","+filepath.Join(td, "pagerduty.json"),
		"--import", "slack:"+filepath.Join(td, "slack", "inc-checkout"), "--session", path)
	stdin, stderr := started(t, cmd)
	time.Sleep(500 * time.Millisecond)
	if data, _ := os.ReadFile(path); strings.Contains(string(data), "draft_added") {
		t.Fatal("drafts were recorded before the setup screen was done")
	}
	io.WriteString(stdin, "\x0e") // ctrl+n: start the meeting
	deadline := time.Now().Add(10 * time.Second)
	for {
		if data, _ := os.ReadFile(path); strings.Contains(string(data), "draft_added") || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	io.WriteString(stdin, "\x03") // ctrl+c: save and quit
	cmd.Wait()

	st := sessionState(t, path)
	if st.DraftCount() != 15 || st.PendingDrafts() != 15 || len(st.Timeline()) != 0 {
		t.Fatalf("drafts %d, pending %d, timeline %d; stderr:\n%s", st.DraftCount(), st.PendingDrafts(), len(st.Timeline()), stderr.String())
	}
	if st.Setup.IncidentDate != "2026-11-19" || st.Setup.Title != "Checkout errors" || st.Setup.Severity != model.SEV2 {
		t.Errorf("setup %+v", st.Setup)
	}
	if !strings.Contains(stderr.String(), "read 6 rows from slack:") {
		t.Errorf("stderr:\n%s", stderr.String())
	}
	// Keep the detected and resolved rows after the meeting, as the screen
	// will, and the export has them and only them.
	var ids []int
	for _, d := range st.Drafts() {
		if len(d.Entry.Markers) > 0 && d.SourceKind() == "pagerduty" {
			ids = append(ids, d.ID)
		}
	}
	evs, err := model.KeepDrafts(st, ids...)
	if err != nil || len(evs) != 2 {
		t.Fatalf("%v %v", evs, err)
	}
	rec, err := openRecorder(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.record(evs...); err != nil {
		t.Fatal(err)
	}
	rec.close()
	_, md, _ := runCmd("export", path)
	tl := md[strings.Index(md, "## Timeline"):strings.Index(md, "## Contributing")]
	if strings.Count(tl, "\n| 09:") != 2 || !strings.Contains(tl, "Triggered through the API") || strings.Contains(tl, "Acknowledged") {
		t.Errorf("the timeline holds other than the kept rows:\n%s", tl)
	}
}

// TestImportedRowsPrefillTheDate: the rows are read before the setup
// screen, the date is prefilled from the earliest one unless --date gave
// it, and an agenda with nowhere to keep rows is refused before anything.
func TestImportedRowsPrefillTheDate(t *testing.T) {
	f := &importFlags{files: listFlag{"importer/testdata/timeline.csv"}}
	var setup model.Setup
	rows, err := importedRows(f, &setup, agenda.Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || setup.IncidentDate != "2026-11-19" {
		t.Errorf("%d rows, date %q", len(rows), setup.IncidentDate)
	}
	given := model.Setup{IncidentDate: "2026-11-18"}
	if _, err := importedRows(f, &given, agenda.Default()); err != nil || given.IncidentDate != "2026-11-18" {
		t.Errorf("--date was overridden: %q %v", given.IncidentDate, err)
	}
	notl := agenda.Agenda{Name: "x", Phases: []agenda.Phase{{ID: "a", Title: "A", Minutes: 1, Capture: agenda.CaptureNotes}}}
	if _, err := importedRows(f, &model.Setup{}, notl); !errors.Is(err, model.ErrNoTimelinePhase) {
		t.Errorf("an agenda without a timeline phase: %v", err)
	}
}

// TestReportImportNamesEmptySources: a file that gives no rows, and a
// Slack export whose messages all fall outside the window, are named on
// stderr, so nobody takes them for imported; one row is "1 row".
func TestReportImportNamesEmptySources(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.csv")
	os.WriteFile(empty, []byte("time,text,tag\n"), 0o600)
	one := filepath.Join(t.TempDir(), "one.csv")
	os.WriteFile(one, []byte("2026-11-19T09:14:00Z,Deploy v2.31.4\n"), 0o600)
	slack := "slack:importer/testdata/slack"
	f := &importFlags{files: listFlag{empty + "," + one, slack}, window: "2026-11-21T09:00:00Z/2026-11-21T10:00:00Z"}
	setup := model.Setup{}
	rows, err := importedRows(f, &setup, agenda.Default())
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	reportImport(&b, f, rows, false)
	got := b.String()
	for _, want := range []string{
		"read 1 row from csv:" + one,
		"no rows from " + empty + ": it holds none",
		"no rows from importer/testdata/slack: no message in the incident's time window",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("stderr does not say %q:\n%s", want, got)
		}
	}
}

// TestImportOfAnEmptyPathIsRefused: --import "" (a shell variable never
// set) and an empty name in a list are errors naming the value, exit 2,
// before any session file is written, not flags silently skipped.
func TestImportOfAnEmptyPathIsRefused(t *testing.T) {
	for _, v := range []string{"", "  ", "importer/testdata/timeline.csv,", ",importer/testdata/timeline.csv", "a.csv,,b.csv"} {
		f := &importFlags{files: listFlag{v}}
		if _, err := importedRows(f, &model.Setup{}, agenda.Default()); err == nil || !strings.Contains(err.Error(), "--import ") {
			t.Errorf("--import %q: %v", v, err)
		}
	}
	dir := t.TempDir()
	session := filepath.Join(dir, "s.debrief.yaml")
	var stdout, stderr strings.Builder
	code := run([]string{"new", "--import", "", "--session", session}, strings.NewReader(""), &stdout, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), `--import "": no file named`) {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	if _, err := os.Stat(session); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a session file was written: %v", err)
	}
}
