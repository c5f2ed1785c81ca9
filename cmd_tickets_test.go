package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/tickets"
)

// actionSession writes a closed meeting with four action items, one of
// them with a ticket typed in the meeting and one with text a shell or a
// terminal would act on, and returns its path.
func actionSession(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pm.debrief.yaml")
	ag := agenda.Default()
	setup := model.Setup{Title: "Checkout errors after deploy", Severity: model.SEV2, IncidentDate: "2026-11-19"}
	at := time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)
	evs := []model.Event{{Kind: model.SessionCreated, Setup: &setup, Agenda: &ag}, {Kind: model.PhaseStarted, Phase: "actions"}}
	for i, text := range []string{
		"Add pool utilisation alert @ana due:2026-12-04 P1 #detect",
		"Gate canary on pool headroom @bo due:2026-12-18 ENG-4421 P2 #prevent",
		`Check "quotes" 'and' $(rm -rf ~) ` + "`id`" + ` \ and ` + "\x1b]0;owned\x07" + ` owner:cy@example.com P3 #process`,
		"Write the rollback runbook @di due:+14d #mitigate",
	} {
		evs = append(evs, model.Event{Kind: model.NoteAdded, Phase: "actions", Note: i + 1, Text: text})
	}
	evs = append(evs, model.Event{Kind: model.SessionClosed})
	for i := range evs {
		evs[i].Seq, evs[i].At = i+1, at.Add(time.Duration(i)*time.Second)
	}
	f, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Append(evs...); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path
}

// runCmd runs debrief in this process and returns the exit status and
// what it printed.
func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func sessionState(t *testing.T, path string) *model.State {
	t.Helper()
	evs, _, err := store.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := model.Fold(evs)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestTicketsJiraCSV(t *testing.T) {
	path := actionSession(t)
	out := filepath.Join(t.TempDir(), "jira.csv")
	code, _, stderr := runCmd("tickets", path, "--to", "jira-csv", "-o", out, "--link", "https://wiki.example.com/pm/4512")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(out)
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := []string{"Summary", "Issue Type", "Description", "Assignee", "Priority", "Due Date", "Labels", "Labels", "Labels"}
	if !slices.Equal(recs[0], wantHeader) {
		t.Fatalf("header %q, want %q", recs[0], wantHeader)
	}
	// ENG-4421 has its ticket: three rows, not four.
	if len(recs) != 4 {
		t.Fatalf("%d rows, want a header and 3 items", len(recs))
	}
	first := recs[1]
	if first[0] != "Add pool utilisation alert" || first[1] != "Task" || first[3] != "ana" || first[4] != "High" || first[5] != "2026-12-04" ||
		!slices.Equal(first[6:], []string{"postmortem", "PM-2026-323-001", "detect"}) {
		t.Errorf("row %q", first)
	}
	if !strings.Contains(first[2], "https://wiki.example.com/pm/4512") || !strings.Contains(first[2], "SEV-2") {
		t.Errorf("the description lacks the postmortem link: %q", first[2])
	}
	if bytes.ContainsAny(data, "\x1b\x07") {
		t.Error("a control character reached the CSV")
	}
	if tr := sessionState(t, path).Tracking(1); !slices.Equal(tr.Exported, []string{"jira-csv"}) {
		t.Errorf("the export was not recorded: %+v", tr)
	}

	// Again: nothing left to send, so nothing is written and the file
	// already there is left alone.
	code, _, stderr = runCmd("tickets", path, "--to", "jira-csv", "-o", filepath.Join(t.TempDir(), "again.csv"))
	if code != exitOK || !strings.Contains(stderr, "nothing written") {
		t.Fatalf("re-run: exit %d: %s", code, stderr)
	}
	code, _, stderr = runCmd("tickets", path, "--to", "jira-csv", "-o", out, "--again")
	if code != exitError || !strings.Contains(stderr, "already exists") {
		t.Fatalf("over an existing file: exit %d: %s", code, stderr)
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(again, data) {
		t.Fatal("the existing file changed")
	}
	if code, _, stderr = runCmd("tickets", path, "--to", "jira-csv", "-o", out, "--again", "--force"); code != exitOK {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}

	// Linear's CSV from the exported postmortem works too (it records nothing).
	code, stdout, _ := runCmd("tickets", path, "--to", "linear-csv")
	lin, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if code != exitOK || err != nil || !slices.Equal(lin[0], tickets.LinearHeader) || len(lin) != 4 || lin[1][3] != "High" || lin[1][6] != "postmortem,PM-2026-323-001,detect" {
		t.Fatalf("linear: exit %d %v %q", code, err, lin)
	}
}

func TestTicketsGitHubScript(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	path := actionSession(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "issues.sh")
	if code, _, stderr := runCmd("tickets", path, "--to", "github", "-o", script, "--repo", "acme/checkout"); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if out, err := exec.Command(bash, "-n", script).CombinedOutput(); err != nil {
		t.Fatalf("bash -n: %v\n%s", err, out)
	}
	// Run it against a gh that prints its arguments: the hostile item's
	// text must arrive as one literal argument, nothing run by the shell.
	fake := filepath.Join(dir, "bin")
	os.Mkdir(fake, 0o755)
	os.WriteFile(filepath.Join(fake, "gh"), []byte("#!/usr/bin/env bash\nprintf '%s\\n---\\n' \"$@\" >> \"$GH_LOG\"\n"), 0o755)
	cmd := exec.Command(bash, script)
	cmd.Env = append(os.Environ(), "PATH="+fake+":"+os.Getenv("PATH"), "GH_LOG="+filepath.Join(dir, "log"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the script failed: %v\n%s", err, out)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "log"))
	// The terminal title sequence is gone whole, not just its ESC.
	if !strings.Contains(string(log), "---\nCheck \"quotes\" 'and' $(rm -rf ~) `id` \\ and\n---") || strings.Contains(string(log), "owned") {
		t.Fatalf("the title did not arrive literally:\n%s", log)
	}
	if n := strings.Count(string(log), "issue\n---\ncreate\n"); n != 3 {
		t.Fatalf("%d issues, want 3", n)
	}
}

// fakeGH puts a gh on PATH that logs its calls and prints a new issue URL
// for each create; authed false makes gh auth status fail.
func fakeGH(t *testing.T, authed bool) (logPath string) {
	dir := t.TempDir()
	logPath = filepath.Join(dir, "calls")
	status := "0"
	if !authed {
		status = "1"
	}
	script := `#!/usr/bin/env bash
echo "$*" >> "` + logPath + `"
if [ "$1" = auth ]; then echo "You are not logged into any GitHub hosts" >&2; exit ` + status + `; fi
n=$(grep -c '^issue create' "` + logPath + `")
echo "Creating issue in acme/checkout" >&2
echo "https://github.com/acme/checkout/issues/$((100 + n))"
`
	if err := os.WriteFile(filepath.Join(dir, "gh"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return logPath
}

func TestTicketsRunIsIdempotent(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	path := actionSession(t)
	logPath := fakeGH(t, true)
	code, stdout, stderr := runCmd("tickets", path, "--to", "github", "--run")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	calls, _ := os.ReadFile(logPath)
	if n := strings.Count(string(calls), "issue create"); n != 3 {
		t.Fatalf("%d issues created, want 3:\n%s", n, calls)
	}
	if !strings.Contains(stdout, "PM-2026-323-001 https://github.com/acme/checkout/issues/101") {
		t.Errorf("stdout %q", stdout)
	}
	st := sessionState(t, path)
	if tr := st.Tracking(4); tr.Ticket != "https://github.com/acme/checkout/issues/103" || tr.Tracker != "github" {
		t.Fatalf("item 4: %+v", tr)
	}
	// The second run finds every item with a ticket and calls gh for
	// nothing but its auth check, if at all.
	code, _, stderr = runCmd("tickets", path, "--to", "github", "--run")
	calls2, _ := os.ReadFile(logPath)
	if code != exitOK || strings.Count(string(calls2), "issue create") != 3 || !strings.Contains(stderr, "skipped 4") {
		t.Fatalf("re-run: exit %d, calls\n%s\n%s", code, calls2, stderr)
	}
	// The export shows the new tickets.
	if code, md, _ := runCmd("export", path); code != exitOK || !strings.Contains(md, "https://github.com/acme/checkout/issues/102") {
		t.Fatal("the export lacks the recorded ticket")
	}
}

func TestTicketsRunRefuses(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	path := actionSession(t)
	logPath := fakeGH(t, false)
	code, _, stderr := runCmd("tickets", path, "--to", "github", "--run")
	if code != exitError || !strings.Contains(stderr, "not logged in") {
		t.Fatalf("unauthenticated: exit %d: %s", code, stderr)
	}
	// A session open in a running meeting holds its lock.
	fakeGH(t, true)
	f, _, _, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCmd("tickets", path, "--to", "github", "--run")
	f.Close()
	if code != exitError {
		t.Fatalf("a locked session: exit %d: %s", code, stderr)
	}
	if calls, _ := os.ReadFile(logPath); strings.Contains(string(calls), "issue create") {
		t.Fatal("gh was asked to create issues anyway")
	}
	t.Setenv("PATH", t.TempDir())
	if code, _, stderr = runCmd("tickets", path, "--to", "github", "--run"); code != exitError || !strings.Contains(stderr, "needs the GitHub CLI") {
		t.Fatalf("no gh: exit %d: %s", code, stderr)
	}
}

// TestTicketsSaysWhyItemsWereSkipped: an item with a ticket and items
// written before are told apart, --again is offered only for the latter,
// and a CSV already there is refused for existing, not as a file debrief
// did not write.
func TestTicketsSaysWhyItemsWereSkipped(t *testing.T) {
	path := actionSession(t)
	out := filepath.Join(t.TempDir(), "jira.csv")
	code, _, stderr := runCmd("tickets", path, "--to", "jira-csv", "-o", out)
	if code != exitOK || !strings.Contains(stderr, "skipped 1 action item with a ticket already") || !strings.Contains(stderr, "wrote 3 action items") {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	code, _, stderr = runCmd("tickets", path, "--to", "jira-csv")
	if code != exitOK || !strings.Contains(stderr, "skipped 3 action items written for jira-csv before (--again includes them)") {
		t.Fatalf("second run: exit %d: %s", code, stderr)
	}
	code, _, stderr = runCmd("tickets", path, "--to", "jira-csv", "--again", "-o", out)
	if code != exitError || strings.Contains(stderr, "--again includes") || strings.Contains(stderr, "did not write") ||
		!strings.Contains(stderr, "already exists") {
		t.Fatalf("--again over the CSV it wrote: exit %d: %s", code, stderr)
	}
}

// TestTicketsWithoutATracker: leaving out --to asks which tracker,
// naming the choices, rather than quoting an empty --to "".
func TestTicketsWithoutATracker(t *testing.T) {
	path := actionSession(t)
	code, _, stderr := runCmd("tickets", path)
	if code != exitError || !strings.Contains(stderr, "which tracker? give --to jira-csv, --to github, --to linear-csv") || strings.Contains(stderr, `""`) {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}
