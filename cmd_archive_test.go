package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// archiveCopy copies the archive package's hand-made archive to a
// temporary folder.
func archiveCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("archive/testdata/archive")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runArgs(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestArchiveCommandReportsSkippedFilesWithLines(t *testing.T) {
	dir := archiveCopy(t)
	code, out, errs := runArgs("archive", dir)
	if code != exitOK || !strings.Contains(out, "5 postmortems indexed") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{"2025/broken-export.md:112: ", "notes/README.md:1: not a debrief export"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".debrief", "index.sqlite")); err != nil {
		t.Fatal(err)
	}
	// The next run says the broken export again, and the README only as
	// a count.
	code, out, errs = runArgs("archive", dir)
	if code != exitOK || !strings.Contains(errs, "2025/broken-export.md:112: ") || strings.Contains(errs, "README") ||
		!strings.Contains(out, "not postmortems: 1 file, left out") {
		t.Fatalf("second run: exit %d\n%s%s", code, out, errs)
	}
	if code, _, errs := runArgs("archive", filepath.Join(dir, "missing")); code != exitError || !strings.Contains(errs, "missing") {
		t.Fatalf("a missing folder: exit %d, %s", code, errs)
	}
	// One new file is "1 file read".
	os.WriteFile(filepath.Join(dir, "notes", "later.md"), []byte("# Later\n"), 0o600)
	if code, out, errs := runArgs("archive", dir); code != exitOK || !strings.Contains(out, "(1 file read, ") {
		t.Fatalf("one new file: exit %d\n%s%s", code, out, errs)
	}
}

func TestSearchCommand(t *testing.T) {
	dir := archiveCopy(t)
	code, out, _ := runArgs("search", "--dir", dir, "connection", "pool", "--service", "payments")
	if code != exitOK || !strings.Contains(out, "2025/pool-2025.md:") || strings.Contains(out, "pool-2026") ||
		!strings.Contains(out, "Contributing Factors: Connection pool capped at 20") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	code, out, _ = runArgs("search", "--dir", dir, "--format", "json", "--severity", "1", "pool")
	var res struct {
		Results []struct{ Path, Section, Text string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != exitOK || len(res.Results) != 1 ||
		!strings.HasSuffix(res.Results[0].Path, "pool-2026.md") {
		t.Fatalf("json: exit %d %v\n%s", code, err, out)
	}
	if code, _, errs := runArgs("search", "--dir", dir, "zeppelin"); code != exitFindings || !strings.Contains(errs, "no postmortem matches") {
		t.Fatalf("no match: exit %d %s", code, errs)
	}
	// No match within the filters says which filters, so the words are
	// not taken for absent from the archive.
	if code, _, errs := runArgs("search", "--dir", dir, "pool", "--service", "nope"); code != exitFindings ||
		!strings.Contains(errs, `no postmortem matches "pool" with --service nope`) {
		t.Fatalf("no match within a filter: exit %d %s", code, errs)
	}
	if code, _, errs := runArgs("search", "--dir", dir, "pool", "--since", "last week"); code != exitError || !strings.Contains(errs, "--since") {
		t.Fatalf("bad date: exit %d %s", code, errs)
	}
}

// Text from someone's session file reaches the terminal with its control
// characters shown, never acted on.
func TestSearchEscapesControlSequences(t *testing.T) {
	dir := archiveCopy(t)
	p := filepath.Join(dir, "2026", "search-2026.debrief.yaml")
	data, _ := os.ReadFile(p)
	data = bytes.Replace(data, []byte("during peak traffic"), []byte(`during peak \u001b]0;pwned\u0007\u001b[31mtraffic`), 1)
	os.WriteFile(p, data, 0o644)
	// And a hand-edited export with the raw bytes in it.
	p = filepath.Join(dir, "2025", "dns-2025.md")
	data, _ = os.ReadFile(p)
	os.WriteFile(p, bytes.Replace(data, []byte("without a rollback plan"), []byte("without a \x1b[2J\x9b31m rollback plan"), 1), 0o644)
	for _, q := range []string{"peak", "rollback plan"} {
		code, out, _ := runArgs("search", "--dir", dir, q)
		if code != exitOK || strings.ContainsAny(out, "\x1b\x07\u009b") || !strings.Contains(out, `\x1b`) {
			t.Fatalf("%s: exit %d: %q", q, code, out)
		}
	}
}

func TestStatsCommand(t *testing.T) {
	dir := archiveCopy(t)
	code, out, _ := runArgs("stats", dir, "--format", "csv", "--by", "severity")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != 6 || !strings.HasPrefix(lines[0], "severity,postmortems,ttd_n,ttd_p50_minutes") ||
		!strings.HasPrefix(lines[5], "all,5,5,12.0,30.0,4,30.0,60.0,4,60.0,240.0,") {
		t.Fatalf("csv: exit %d\n%s", code, out)
	}
	code, out, _ = runArgs("stats", dir, "--format", "json")
	var st struct {
		Total struct {
			Completion float64
			TTR        struct {
				P50 float64 `json:"p50_minutes"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil || code != exitOK || st.Total.TTR.P50 != 60 {
		t.Fatalf("json: %v %+v\n%s", err, st, out)
	}
	t.Setenv("NO_COLOR", "1")
	code, out, _ = runArgs("stats", dir, "--by", "trigger")
	if code != exitOK || strings.Contains(out, "\x1b") || !strings.Contains(out, "binary push") || !strings.Contains(out, "█") {
		t.Fatalf("text: exit %d\n%s", code, out)
	}
	if code, _, errs := runArgs("stats", dir, "--by", "colour"); code != exitError || !strings.Contains(errs, "--by") {
		t.Fatalf("bad --by: %d %s", code, errs)
	}
}

// TestStatsBadByBeforeArchive: a misspelt --by is said as such, with the
// groupings to choose from, in a folder with no archive and in an empty
// one, not hidden behind "no archive" or "no postmortems".
func TestStatsBadByBeforeArchive(t *testing.T) {
	t.Chdir(t.TempDir())
	want := `--by "owner": want one of service, severity, trigger, quarter`
	for _, args := range [][]string{{"stats", "--by", "owner"}, {"stats", t.TempDir(), "--by", "owner"}} {
		if code, out, errs := runArgs(args...); code != exitError || !strings.Contains(errs, want) {
			t.Errorf("%q: exit %d, %q %q", args, code, out, errs)
		}
	}
}

// Outside git, a reading command does not index whatever folder it runs
// in: the folder becomes an archive once someone names it.
func TestSearchOutsideGitNeedsANamedArchive(t *testing.T) {
	dir := archiveCopy(t)
	t.Chdir(dir)
	code, _, errs := runArgs("search", "pool")
	if code != exitError || !strings.Contains(errs, "has no archive yet") {
		t.Fatalf("search before archive: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, ".debrief")); err == nil {
		t.Fatal("search made an index nobody asked for")
	}
	if code, _, errs := runArgs("archive", "."); code != exitOK {
		t.Fatalf("archive .: exit %d: %s", code, errs)
	}
	if code, out, errs := runArgs("search", "pool"); code != exitOK || !strings.Contains(out, "pool") {
		t.Fatalf("search after archive: exit %d\n%s%s", code, out, errs)
	}
}

// A session closed on its setup screen has no events: archive names it as
// a meeting that never started (and how to start it), and search, stats
// and actions count it apart from the broken files.
func TestArchiveCommandsCountANeverStartedSessionApart(t *testing.T) {
	dir := archiveCopy(t)
	p := filepath.Join(dir, "closed-on-setup.debrief.yaml")
	if err := os.WriteFile(p, []byte("debrief: session\nversion: 1\nevents:\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, errs := runArgs("archive", dir)
	want := "debrief: closed-on-setup.debrief.yaml: the meeting never started (the session has no events yet); left out (debrief resume "
	if !strings.Contains(errs, want) || strings.Contains(errs, "warning: closed-on-setup") {
		t.Errorf("archive says:\n%s\nwant a line starting %q", errs, want)
	}
	for _, args := range [][]string{
		{"search", "--dir", dir, "pool"},
		{"stats", dir},
		{"actions", dir},
	} {
		_, _, errs := runArgs(args...)
		if !strings.Contains(errs, "debrief: 1 file skipped as broken") ||
			!strings.Contains(errs, "debrief: 1 session file left out: its meeting never started") {
			t.Errorf("%s says:\n%s", args[0], errs)
		}
	}
}

// TestArchiveHintsNameEachCommandsWay: outside git, each reading command
// says how to name the folder its own way (stats and actions take DIR,
// only search has --dir), and stats of an archive with no postmortems
// says so instead of drawing empty charts.
func TestArchiveHintsNameEachCommandsWay(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for cmd, want := range map[string]string{"stats": "debrief stats DIR", "actions": "debrief actions DIR", "search": "--dir DIR"} {
		args := []string{cmd}
		if cmd == "search" {
			args = append(args, "pool")
		}
		code, _, errs := runArgs(args...)
		if code != exitError || !strings.Contains(errs, want) || (cmd != "search" && strings.Contains(errs, "--dir")) {
			t.Errorf("%s: exit %d: %s", cmd, code, errs)
		}
	}
	code, out, errs := runArgs("stats", dir)
	if code != exitOK || !strings.Contains(out, "no postmortems in") || strings.Contains(out, "Time to detect") {
		t.Fatalf("stats of an empty folder: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = runArgs("actions", dir)
	if code != exitOK || !strings.Contains(out, "No postmortems in") || strings.Contains(out, "No open action items") {
		t.Fatalf("actions of an empty folder: exit %d\n%s%s", code, out, errs)
	}
}

// TestControlCharactersInArgumentsAreShownOnce: a query or value with an
// escape sequence is quoted in the message as \x1b, once, not as \\x1b
// (escaped and then quoted again), and never sent raw.
func TestControlCharactersInArgumentsAreShownOnce(t *testing.T) {
	dir := archiveCopy(t)
	for _, args := range [][]string{
		{"search", "--dir", dir, "\x1b[2Jzzzqqq"},
		{"actions", "--format", "\x1b[2J", dir},
		{"actions", "\x1b[2Jdone", dir},
	} {
		_, _, errOut := runArgs(args...)
		if strings.ContainsAny(errOut, "\x1b") || !strings.Contains(errOut, `"\x1b[2J`) || strings.Contains(errOut, `\\x1b`) {
			t.Errorf("%q: stderr %q", args, errOut)
		}
	}
}
