package lint

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/phrasing"
)

// run calls Main with a private config dir, so a user's own rules file
// never changes a test's outcome.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitCodes(t *testing.T) {
	clean := write(t, "clean.md", "# Review\n\nThe alert should fire within 5 minutes.\n")
	blame := write(t, "blame.md", "# Review\n\nBob should have rolled back sooner.\n")
	badRules := write(t, "rules.yaml", "rules:\n  - id: x\n    colour: red\n")
	for _, tc := range []struct {
		name string
		args []string
		want int
		err  string
	}{
		{"clean", []string{clean}, 0, ""},
		{"findings", []string{"--names", "Bob", blame}, 1, ""},
		{"missing file", []string{filepath.Join(t.TempDir(), "nope.md")}, 2, "nope.md: no such file"},
		{"missing among good", []string{blame, "/no/such/file.md"}, 2, "/no/such/file.md"},
		{"bad rules", []string{"--rules", badRules, clean}, 2, "rules.yaml:3: unknown rule key \"colour\""},
		{"missing rules", []string{"--rules", "/no/rules.yaml", clean}, 2, "/no/rules.yaml"},
		{"bad flag", []string{"--colour", clean}, 2, "debrief lint: unknown option --colour\nsee 'debrief lint --help'"},
		{"bad format", []string{"--format", "xml", clean}, 2, "want text, json, github or sarif"},
		{"help", []string{"-h"}, 0, "usage: debrief lint"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, "", tc.args...)
			if code != tc.want || !strings.Contains(stderr, tc.err) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tc.want, tc.err)
			}
		})
	}
}

func TestTextFormat(t *testing.T) {
	code, out, _ := run(t, "Notes\n\nMary didn't order the VMs on time.\n", "--names", "Mary")
	want := "<stdin>:3:1: warning individual [person-failure] \"Mary didn't order\": A person is the subject of a failure; describe what happened to the work instead. (suggestion: The VMs were not ordered on time)\n"
	if code != 1 || out != want {
		t.Errorf("exit %d, output\n%s\nwant\n%s", code, out, want)
	}
}

func TestJSONFormat(t *testing.T) {
	code, out, _ := run(t, "Q: Who deployed this?\n", "--format", "json", "-")
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if code != 1 || len(got) != 1 {
		t.Fatalf("exit %d, %d findings: %s", code, len(got), out)
	}
	f := got[0]
	for _, k := range []string{"file", "line", "column", "end_column", "offset", "length", "rule",
		"category", "severity", "message", "suggestion", "match"} {
		if _, ok := f[k]; !ok {
			t.Errorf("JSON finding has no %q: %v", k, f)
		}
	}
	if f["match"] != "Who deployed" || f["column"] != 4.0 || f["end_column"] != 16.0 || f["category"] != "who" {
		t.Errorf("unexpected finding %v", f)
	}
	code, out, _ = run(t, "All clear.\n", "--format", "json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("clean JSON: exit %d, %q; want 0 and []", code, out)
	}
}

func TestMarkdownMasking(t *testing.T) {
	doc := "---\ntitle: Bob should have rolled back\n---\n\n" +
		"Run `Bob should have rolled back` to see.\n\n" +
		"```\nBob should have rolled back\n```\n\n" +
		"    Bob should have rolled back\n\n" +
		"Link https://example.com/Bob-should-have-rolled-back and [docs](https://x.io/human-error).\n" +
		"<!-- Bob should have rolled back -->\n<span title=\"human error\">ok</span>\n\n" +
		"Finally, Bob should have rolled back.\n"
	code, out, _ := run(t, doc, "--names", "Bob")
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "<stdin>:17:10:") {
		t.Errorf("want one finding at 17:10 (only the prose), got exit %d:\n%s", code, out)
	}
	if m := Mask(doc); len(m) != len(doc) || strings.Count(m, "\n") != strings.Count(doc, "\n") {
		t.Error("masking must keep byte offsets and lines")
	}
}

// TestNoControlSequences: note text reaches the terminal only escaped.
func TestNoControlSequences(t *testing.T) {
	code, out, _ := run(t, "Bob should have rolled back \x1b[31m\u009b2J the \x1b]0;x\x07 deploy.\n", "--names", "Bob")
	if code != 1 || strings.ContainsAny(out, "\x1b\x07\u009b") {
		t.Errorf("control sequences reached the output: %q", out)
	}
	_, out, _ = run(t, "Bob should have rolled back \x1b[31m now.\n", "--names", "Bob", "--format", "json")
	if strings.ContainsAny(out, "\x1b\u009b") {
		t.Errorf("control sequences reached the JSON: %q", out)
	}
}

func TestColumnsCountRunesInOriginal(t *testing.T) {
	code, out, _ := run(t, "`é` café: Bob should have rolled back.\n", "--names", "Bob")
	if code != 1 || !strings.HasPrefix(out, "<stdin>:1:11:") {
		t.Errorf("want column 11 (runes of the original line), got %q", out)
	}
}

func TestRulesFileLayers(t *testing.T) {
	team := write(t, "team.yaml", "disable: [should-have]\nallow: [simply]\n")
	code, out, _ := run(t, "Bob should have rolled back. She simply restarted it.\n", "--names", "Bob", "--rules", team)
	if code != 0 {
		t.Errorf("disabled rule and allowed word still flagged: %s", out)
	}
	cfg := t.TempDir()
	if err := os.MkdirAll(filepath.Join(cfg, "debrief"), 0o700); err != nil {
		t.Fatal(err)
	}
	user := "rules:\n  - id: no-yolo\n    category: hindsight\n    severity: warning\n    message: Say what was risky.\n    phrases: [yolo]\n"
	if err := os.WriteFile(filepath.Join(cfg, "debrief", "rules.yaml"), []byte(user), 0o600); err != nil {
		t.Fatal(err)
	}
	var o, e bytes.Buffer
	t.Setenv("XDG_CONFIG_HOME", cfg)
	if code := Main(nil, strings.NewReader("We deployed YOLO.\n"), &o, &e); code != 1 || !strings.Contains(o.String(), "Say what was risky.") {
		t.Errorf("user rules file not used: exit %d %q %q", code, o.String(), e.String())
	}
}

// TestSegmentsMatchWhole: reading a long document in segments finds
// exactly what checking it whole does.
func TestSegmentsMatchWhole(t *testing.T) {
	doc := strings.Repeat("Intro line.\n\nBob should have rolled back.\n\"Mary didn't order\n\nthe VMs.\"\n\n", 20000)
	c := phrasing.NewChecker(phrasing.DefaultRules(), []string{"Bob", "Mary"})
	whole, parts := c.Check(Mask(doc)), Check(c, doc)
	if len(whole) != len(parts) || len(whole) == 0 {
		t.Fatalf("whole %d findings, segments %d", len(whole), len(parts))
	}
	for i := range whole {
		w, p := whole[i], parts[i]
		if w.Offset != p.Offset || w.Rule != p.Rule || w.Severity != p.Severity ||
			w.Replacement != p.Replacement || w.ReplaceOffset != p.ReplaceOffset ||
			w.Line != p.Line || w.Column != p.Column || w.EndColumn != p.EndColumn || w.Match != p.Match {
			t.Fatalf("finding %d differs: %+v vs %+v", i, w, p)
		}
	}
}

// A line that opens with three backticks and closes them again is inline
// code in a paragraph, not a fence: the prose after it is still checked.
// An indented ``` line is code, and a tilde fence may hold backticks.
func TestInlineTripleBackticksAreNotAFence(t *testing.T) {
	doc := "```ERROR: pool exhausted``` showed in the logs.\n\n" +
		"~~~ text with a ` backtick\nBob should have rolled back\n~~~\n\n" +
		"Bob should have rolled back.\n"
	code, out, _ := run(t, doc, "--names", "Bob")
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "<stdin>:7:") {
		t.Errorf("want one finding, on line 7, got exit %d:\n%s", code, out)
	}
}
