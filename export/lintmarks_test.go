package export

import (
	"strings"
	"testing"
)

// TestWithoutLintSwitches: the plain view of an export has none of the
// switches, and otherwise the same text and record.
func TestWithoutLintSwitches(t *testing.T) {
	events := checkoutSession(t)
	md := Markdown(fold(t, events), events, Options{})
	if !strings.Contains(md, "<!-- debrief-disable-line ") || !strings.Contains(md, lintOff) {
		t.Fatal("the fixture export has no switches to strip")
	}
	plain := WithoutLintSwitches(md)
	if strings.Contains(plain, "debrief-disable") || strings.Contains(plain, "debrief-enable") {
		t.Errorf("switches left in the plain view")
	}
	if !strings.Contains(plain, "- Tom should have checked the pool size before the deploy.\n") {
		t.Errorf("a note lost its text with its switch")
	}
	i, j := strings.LastIndex(md, recordSummary), strings.LastIndex(plain, recordSummary)
	if i < 0 || md[i:] != plain[j:] {
		t.Errorf("the meeting record changed")
	}
}
