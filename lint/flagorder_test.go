package lint

import (
	"encoding/json"
	"strings"
	"testing"
)

// A user types the file first and the options after it, as most command
// line tools allow: the options still apply and the file is still read.
func TestFlagsAfterTheFile(t *testing.T) {
	pm := write(t, "pm.md", "# Review\n\nBob should have rolled back sooner.\n")
	code, out, errb := run(t, "", pm, "--format", "json", "--fail-on", "warning")
	if strings.Contains(errb, "no such file") {
		t.Fatalf("an option after the file was read as a file: %s", errb)
	}
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("--format json after the file did not apply: %v\n%s", err, out)
	}
	if code != ExitFindings {
		t.Errorf("exit %d, want %d (a warning with --fail-on warning)", code, ExitFindings)
	}
	// "--" ends the options: a file whose name starts with a dash is a file.
	code, _, errb = run(t, "", "--format", "json", "--", "-x.md")
	if code != ExitError || !strings.Contains(errb, "-x.md") {
		t.Errorf("after --, -x.md was not taken as a file: exit %d, %q", code, errb)
	}
}
