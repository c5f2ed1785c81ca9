package lint

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/phrasing"
)

// TestSwitches: debrief-disable comments switch rules off for a range, a
// line, or the next line, by rule id or category or all at once; in code
// they are text, not switches.
func TestSwitches(t *testing.T) {
	doc := strings.Join([]string{
		"Bob should have rolled back.",                               // 1: flagged
		"<!-- debrief-disable should-have -->",                       // 2
		"Bob should have rolled back. It was human error.",           // 3: human-error only
		"<!-- debrief-enable -->",                                    // 4
		"Bob should have rolled back. <!-- debrief-disable-line -->", // 5: nothing
		"<!-- debrief-disable-next-line label -->",                   // 6
		"It was human error. Bob should have rolled back.",           // 7: should-have only
		"It was human error.",                                        // 8: flagged
		"<!--",                                                       // 9
		"  debrief-disable",                                          // 10: a multi-line switch
		"-->",                                                        // 11
		"Bob should have rolled back.",                               // 12: nothing
		"<!-- debrief-enable should-have -->",                        // 13
		"Bob should have rolled back. It was human error.",           // 14: should-have only
		"<!-- debrief-enable -->",                                    // 15
		"`<!-- debrief-disable -->` is how to switch it off.",        // 16
		"Bob should have rolled back.",                               // 17: flagged
	}, "\n") + "\n"
	var got []string
	for _, f := range Check(newTestChecker(), doc) {
		got = append(got, f.Rule+"@"+strconv.Itoa(f.Line))
	}
	want := "should-have@1 human-error@3 should-have@7 human-error@8 should-have@14 should-have@17"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func newTestChecker() *phrasing.Checker {
	return phrasing.NewChecker(phrasing.DefaultRules(), []string{"Bob", "Mary"})
}

func TestFailOn(t *testing.T) {
	suggestion := "The root cause was a bad config.\n"
	warning := "It was human error.\n"
	for _, tc := range []struct {
		doc, failOn string
		want        int
	}{
		{suggestion, "suggestion", 1},
		{suggestion, "warning", 0},
		{warning, "warning", 1},
		{warning, "suggestion", 1},
	} {
		code, out, _ := run(t, tc.doc, "--fail-on", tc.failOn)
		if code != tc.want || out == "" {
			t.Errorf("--fail-on %s on %q: exit %d (want %d), output %q", tc.failOn, tc.doc, code, tc.want, out)
		}
	}
	if code, _, errOut := run(t, warning, "--fail-on", "error"); code != 2 || !strings.Contains(errOut, "want warning or suggestion") {
		t.Errorf("bad --fail-on: exit %d %q", code, errOut)
	}
}

// TestRefusesNonRegularFiles: a device, directory or FIFO named as FILE
// is refused at once, saying how to lint a stream (a directory: how to
// name its files); piped in, an endless
// stream of NUL bytes is refused as not text after one segment.
func TestRefusesNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	if runtime.GOOS != "windows" {
		paths = append(paths, os.DevNull)
		if _, err := os.Stat("/dev/zero"); err == nil {
			paths = append(paths, "/dev/zero")
		}
		// Opening a FIFO would wait for a writer for ever.
		if fifo := filepath.Join(dir, "fifo"); mkfifo(fifo) == nil {
			paths = append(paths, fifo)
		}
	}
	for _, p := range paths {
		code, _, errOut := run(t, "", p)
		if code != 2 || !strings.Contains(errOut, p+": ") || !strings.Contains(errOut, "pipe it in") {
			t.Errorf("%s: exit %d, %q", p, code, errOut)
		}
	}
	// A folder of postmortems is answered with how to name its files.
	code, _, errOut := run(t, "", dir)
	if want := dir + ": a directory, not a file (name its files: debrief lint " + filepath.Join(dir, "*.md") + ")"; code != 2 || !strings.Contains(errOut, want) {
		t.Errorf("%s: exit %d, %q, want %q", dir, code, errOut, want)
	}
	var out, errb strings.Builder
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	code = Main(nil, zeros{}, &out, &errb)
	if code != 2 || !strings.Contains(errb.String(), "<stdin>:1: not a text file") {
		t.Errorf("NUL stream: exit %d, %q", code, errb.String())
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestRulesFileBounded: a rules file past the cap is refused without
// reading it all, and so is a device.
func TestRulesFileBounded(t *testing.T) {
	big := filepath.Join(t.TempDir(), "rules.yaml")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, _, errOut := run(t, "ok\n", "--rules", big)
	if code != 2 || !strings.Contains(errOut, "larger than 1024 KB") {
		t.Errorf("100 MB rules file: exit %d, %q", code, errOut)
	}
	if runtime.GOOS != "windows" {
		code, _, errOut = run(t, "ok\n", "--rules", os.DevNull)
		if code != 2 || !strings.Contains(errOut, "not a regular file") {
			t.Errorf("device as rules: exit %d, %q", code, errOut)
		}
	}
}

// TestMisspeltSwitchWarns: a switch naming no rule, or no switch at all,
// is reported on stderr with its line, and switches nothing off.
func TestMisspeltSwitchWarns(t *testing.T) {
	doc := "Intro.\n\n<!-- debrief-disable shoud-have counterfactual -->\nIt was human error.\n<!-- debrief-disabel -->\n"
	code, out, errOut := run(t, doc)
	if code != 1 || !strings.Contains(out, "human-error") {
		t.Errorf("exit %d, output %q", code, out)
	}
	for _, want := range []string{`<stdin>:3: no rule or category "shoud-have"`, `<stdin>:5: unknown switch "debrief-disabel"`} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
	if strings.Contains(errOut, `"counterfactual"`) {
		t.Errorf("a category is a known name: %q", errOut)
	}
}

// TestMisspeltSwitchIsAnAnnotationOnGitHub: with --format github a
// misspelt switch is a warning annotation on its line, which the pull
// request shows; a plain line on stderr is read by no one in a workflow.
func TestMisspeltSwitchIsAnAnnotationOnGitHub(t *testing.T) {
	doc := "Intro.\n\n<!-- debrief-disable shoud-have -->\nIt was human error.\n<!-- debrief-enable -->\n"
	code, out, errOut := run(t, doc, "--format", "github")
	if code != 1 || !strings.Contains(out, "::warning file=<stdin>,line=4,") {
		t.Errorf("exit %d, output %q", code, out)
	}
	want := "::warning file=<stdin>,line=3,title=debrief switch::no rule or category \"shoud-have\": the switch leaves it on\n"
	if errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
}

// TestNotTextNamesTheLine: a NUL byte deep in a file is reported at its
// line.
func TestNotTextNamesTheLine(t *testing.T) {
	doc := strings.Repeat("A clean line.\n", 5000) + "bad\x00byte\n"
	code, _, errOut := run(t, doc)
	if code != 2 || !strings.Contains(errOut, "<stdin>:5001: not a text file") {
		t.Errorf("exit %d, %q", code, errOut)
	}
}

// TestMissingAndEmptyFileNames: a missing file is said as FILE: no such
// file, as the other commands say it (not Go's "stat FILE"), and an empty
// name (a shell variable unset) is called empty; both exit 2, and the
// other files are still linted.
func TestMissingAndEmptyFileNames(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good.md")
	if err := os.WriteFile(good, []byte("Bob should have rolled back.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "missing.md", "", good)
	if code != 2 || !strings.Contains(errOut, "debrief lint: missing.md: no such file") || strings.Contains(errOut, "stat ") ||
		!strings.Contains(errOut, `debrief lint: "": an empty file name`) || !strings.Contains(out, "should-have") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, _, errOut = run(t, "", "--rules", "", good)
	if code != 2 || !strings.Contains(errOut, `--rules "": an empty name`) {
		t.Errorf("--rules \"\": exit %d, %q", code, errOut)
	}
}

// TestNotUTF8NamesTheByte: a file saved in Latin-1 is told as not UTF-8,
// at the line and column of its first such byte, with what to do; one
// accented name in a short file is read, as it is in a long one.
func TestNotUTF8NamesTheByte(t *testing.T) {
	doc := "A clean line.\nR\xe9sum\xe9 \xe9\xe9\xe9 of the caf\xe9 outage.\n"
	code, _, errOut := run(t, doc)
	want := "<stdin>:2:2: not UTF-8 text (byte 0xE9); save the file as UTF-8"
	if code != 2 || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, %q, want %q", code, errOut, want)
	}
	code, out, errOut := run(t, "Sam\xe9 should have restarted the cache.\n")
	if code != 1 || errOut != "" || !strings.Contains(out, "<stdin>:1:1: warning counterfactual") {
		t.Errorf("one Latin-1 byte in a short file: exit %d, %q, %q", code, out, errOut)
	}
}

// TestUncheckedFileIsAnErrorOnGitHub: with --format github a file that
// could not be checked is an error annotation on its line, so the pull
// request says why the check failed; the other files are still checked.
func TestUncheckedFileIsAnErrorOnGitHub(t *testing.T) {
	dir := t.TempDir()
	latin1 := filepath.Join(dir, "latin1.md")
	if err := os.WriteFile(latin1, []byte("Fine.\nCaf\xe9 \xe9\xe9\xe9\xe9\xe9 outage.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.md")
	code, out, errOut := run(t, "It was human error.\n", "--format", "github", latin1, missing, "-")
	if code != 2 || !strings.Contains(out, "::warning file=<stdin>,line=1,") {
		t.Errorf("exit %d, output %q", code, out)
	}
	for _, want := range []string{
		"::error file=" + latin1 + ",line=2,col=4,title=debrief lint::" + latin1 + ":2:4: not UTF-8 text (byte 0xE9)",
		"::error file=" + missing + ",title=debrief lint::" + missing + ": no such file or directory\n",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
}

// TestUnmatchedPatternSaysSo: a glob no file matched (a CI job whose
// postmortems folder has none yet) reaches lint as typed; the message
// says it is a pattern that matched nothing, not only "no such file".
func TestUnmatchedPatternSaysSo(t *testing.T) {
	pattern := filepath.Join(t.TempDir(), "postmortems", "*.md")
	code, _, errOut := run(t, "", pattern)
	if want := pattern + ": no such file or directory (no file matches this pattern"; code != 2 || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, %q, want %q", code, errOut, want)
	}
}
