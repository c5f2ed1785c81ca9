package importer

import "testing"

// TestLoadCountsWhatItLeavesOut: every row the importer reads and does
// not return is counted under its reason, and Load returns the same rows.
func TestLoadCountsWhatItLeavesOut(t *testing.T) {
	specs := []Spec{{Path: "testdata/alertmanager.json"}, {Path: "testdata/pagerduty.json"}, {Path: "testdata/slack"}}
	rows, sk, err := LoadCounted(specs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Skipped{Repeated: 1, OutsideWindow: 2, SlackOther: 1, PagerDutyOther: 1}
	if sk != want || sk.Total() != 5 {
		t.Errorf("skipped %+v, want %+v", sk, want)
	}
	plain, err := Load(specs, Options{})
	if err != nil || len(plain) != len(rows) {
		t.Errorf("Load gave %d rows (%v), LoadCounted %d", len(plain), err, len(rows))
	}
	if (Skipped{}).String() != "" {
		t.Error("nothing skipped still says something")
	}
}
