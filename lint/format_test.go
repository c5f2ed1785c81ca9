package lint

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// annotation is one GitHub workflow command line, split up.
var annotation = regexp.MustCompile(`^::(warning|notice) file=([^,:]*),line=(\d+),endLine=(\d+),col=(\d+),endColumn=(\d+),title=([^,:]*)::(.*)$`)

// unescape undoes the workflow command escapes, as the runner does.
var unescape = strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",")

func TestGitHubAnnotations(t *testing.T) {
	dir := t.TempDir()
	// A file name with every character a property must escape.
	name := filepath.Join(dir, "q3, 50%: review.md")
	if err := os.WriteFile(name, []byte("# Review\n\nCafé, then Bob should have rolled back.\n\nThe root cause was config.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	rules := write(t, "rules.yaml", "rules:\n  - id: pct\n    category: vague\n    severity: suggestion\n    message: \"100% sure: a colon, a comma\"\n    phrases: [config]\n")
	code, out, errOut := run(t, "", "--names", "Bob", "--rules", rules, "--format", "github", name)
	if code != 1 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 annotations, got:\n%s", out)
	}
	type ann struct{ kind, file, line, endLine, col, endCol, title, msg string }
	var got []ann
	for _, l := range lines {
		m := annotation.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a workflow annotation with escaped properties: %q", l)
		}
		got = append(got, ann{m[1], unescape.Replace(m[2]), m[3], m[4], m[5], m[6], unescape.Replace(m[7]), unescape.Replace(m[8])})
	}
	first := got[0]
	if first.kind != "warning" || first.file != name || first.line != "3" || first.col != "12" ||
		first.endLine != "3" || first.endCol != "34" || !strings.Contains(first.title, "should-have") ||
		!strings.HasPrefix(first.msg, `"Bob should have rolled": `) {
		t.Errorf("first annotation %+v", first)
	}
	if got[1].kind != "notice" || got[1].line != "5" || !strings.Contains(got[1].title, "root-cause") {
		t.Errorf("a suggestion should be a notice on line 5: %+v", got[1])
	}
	if got[2].msg != "\"config\": 100% sure: a colon, a comma" {
		t.Errorf("message not escaped for the runner: %q (raw %q)", got[2].msg, lines[2])
	}
}

// sarifLog is the part of SARIF 2.1.0 debrief writes, with the properties
// the schema requires.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID               string `json:"id"`
					ShortDescription struct {
						Text *string `json:"text"`
					} `json:"shortDescription"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		ColumnKind string `json:"columnKind"`
		Results    []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text *string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine, StartColumn, EndLine, EndColumn int
						Snippet                                    struct {
							Text string `json:"text"`
						} `json:"snippet"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

func sarifOut(t *testing.T, stdin string, args ...string) (string, sarifLog) {
	t.Helper()
	code, out, errOut := run(t, stdin, append([]string{"--format", "sarif"}, args...)...)
	if code > 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("SARIF does not decode: %v\n%s", err, out)
	}
	return out, log
}

func TestSARIF(t *testing.T) {
	doc := "# Review\n\nCafé, then Bob should have rolled back.\n\nThe root cause was a\nbad config.\n"
	out, log := sarifOut(t, doc, "--names", "Bob")
	if log.Version != "2.1.0" || !strings.HasSuffix(log.Schema, "sarif-schema-2.1.0.json") || len(log.Runs) != 1 {
		t.Fatalf("not a SARIF 2.1.0 log with one run: %s", out)
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "debrief" || len(d.Rules) < 10 || run.ColumnKind != "unicodeCodePoints" {
		t.Fatalf("driver %q with %d rules, columnKind %q", d.Name, len(d.Rules), run.ColumnKind)
	}
	seen := map[string]bool{}
	for _, r := range d.Rules {
		if r.ID == "" || seen[r.ID] || r.ShortDescription.Text == nil ||
			(r.DefaultConfiguration.Level != "warning" && r.DefaultConfiguration.Level != "note") {
			t.Errorf("bad rule %+v", r)
		}
		seen[r.ID] = true
	}
	if len(run.Results) != 2 {
		t.Fatalf("want 2 results, got %d", len(run.Results))
	}
	for _, r := range run.Results {
		if r.Message.Text == nil || *r.Message.Text == "" || r.RuleIndex == nil ||
			*r.RuleIndex >= len(d.Rules) || d.Rules[*r.RuleIndex].ID != r.RuleID || len(r.Locations) != 1 {
			t.Errorf("bad result %+v", r)
		}
		if r.Locations[0].PhysicalLocation.ArtifactLocation.URI != "%3Cstdin%3E" {
			t.Errorf("uri %q", r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
		}
	}
	first := run.Results[0].Locations[0].PhysicalLocation.Region
	if run.Results[0].Level != "warning" || first.StartLine != 3 || first.StartColumn != 12 ||
		first.EndLine != 3 || first.EndColumn != 34 || first.Snippet.Text != "Bob should have rolled" {
		t.Errorf("first region %+v", first)
	}
	if second := run.Results[1]; second.Level != "note" || second.RuleID != "root-cause" {
		t.Errorf("second result %+v", second)
	}

	_, clean := sarifOut(t, "All clear.\n")
	if len(clean.Runs) != 1 || clean.Runs[0].Results == nil || len(clean.Runs[0].Results) != 0 {
		t.Errorf("a clean run has an empty results array: %+v", clean)
	}
}

// TestSARIFSchema validates the SARIF log against the official SARIF
// 2.1.0 JSON schema when node and the npm package carrying it are
// installed (lint/testdata/sarif: npm ci); TestSARIF checks the structure
// in Go always.
func TestSARIFSchema(t *testing.T) {
	out, _ := sarifOut(t, "# Review\n\nBob should have rolled back.\n\nThe root cause was config.\n", "--names", "Bob")
	validateSARIF(t, out)
	clean, _ := sarifOut(t, "All clear.\n")
	validateSARIF(t, clean)
}

// validateSARIF checks a log against the official SARIF 2.1.0 JSON schema,
// skipping the test when node or the npm package is not installed.
func validateSARIF(t *testing.T, log string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node: the SARIF schema check needs node and `npm ci` in lint/testdata/sarif")
	}
	f := filepath.Join(t.TempDir(), "out.sarif")
	if err := os.WriteFile(f, []byte(log), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, filepath.Join("testdata", "sarif", "validate.js"), f).CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 3 {
		t.Skipf("SARIF schema not installed (run `npm ci` in lint/testdata/sarif): %s", out)
	}
	if err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v\n%s", err, out)
	}
}

// TestSARIFRecordsUncheckedFiles: a file that could not be checked is in
// the SARIF log itself, as a failed run's error notification at its line,
// so code scanning does not show the run as clean; the log still carries
// the other files' results and validates against the schema.
func TestSARIFRecordsUncheckedFiles(t *testing.T) {
	dir := t.TempDir()
	latin1 := filepath.Join(dir, "latin1.md")
	if err := os.WriteFile(latin1, []byte("Fine.\nCaf\xe9 \xe9\xe9\xe9\xe9\xe9 outage.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.md")
	code, out, _ := run(t, "It was human error.\n", "--format", "sarif", latin1, "-", missing)
	var log struct {
		Runs []struct {
			Results     []json.RawMessage
			Invocations []struct {
				ExecutionSuccessful        *bool
				ToolExecutionNotifications []struct {
					Level     string
					Message   struct{ Text string }
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }
							Region           struct{ StartLine, StartColumn int }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || code != 2 || len(log.Runs) != 1 {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	r := log.Runs[0]
	if len(r.Results) != 1 || len(r.Invocations) != 1 || r.Invocations[0].ExecutionSuccessful == nil || *r.Invocations[0].ExecutionSuccessful {
		t.Fatalf("want one result and one failed invocation:\n%s", out)
	}
	ns := r.Invocations[0].ToolExecutionNotifications
	if len(ns) != 2 || ns[0].Level != "error" || !strings.Contains(ns[0].Message.Text, "not UTF-8 text (byte 0xE9)") ||
		len(ns[0].Locations) != 1 || ns[0].Locations[0].PhysicalLocation.Region.StartLine != 2 || ns[0].Locations[0].PhysicalLocation.Region.StartColumn != 4 ||
		!strings.HasSuffix(ns[0].Locations[0].PhysicalLocation.ArtifactLocation.URI, "/latin1.md") ||
		!strings.Contains(ns[1].Message.Text, "no such file or directory") || ns[1].Locations[0].PhysicalLocation.Region.StartLine != 0 {
		t.Errorf("notifications %+v", ns)
	}
	validateSARIF(t, out)
}
