package archive

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// A team may cut the meeting record out of an export to keep it short:
// the Markdown's debrief header and sections still give the same fields.
func TestExportWithoutItsRecordReadsTheSame(t *testing.T) {
	for _, name := range []string{"2025/pool-2025.md", "2025/dns-2025.md", "2026/pool-2026.md"} {
		data, err := os.ReadFile("testdata/archive/" + name)
		if err != nil {
			t.Fatal(err)
		}
		full, err := ParseExport(name, data)
		if err != nil {
			t.Fatal(err)
		}
		cut := string(data[:strings.Index(string(data), recordMarker)])
		short, err := ParseExport(name, []byte(cut))
		if err != nil {
			t.Fatalf("%s without its record: %v", name, err)
		}
		// What only the record knows: the meeting's identity, its event
		// count and when its last event was written.
		if short.ID != "markdown:"+name || !short.Published.IsZero() {
			t.Errorf("%s: id %q published %v", name, short.ID, short.Published)
		}
		short.ID, short.Events, short.Published = full.ID, full.Events, full.Published
		if !reflect.DeepEqual(full, short) {
			t.Errorf("%s reads differently without its record:\n full %+v\nshort %+v", name, full, short)
		}
	}
}

func TestForeignAndBrokenMarkdown(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"README.md", "# Our postmortems\n\nSee the folders.\n", "README.md:1: not a debrief export"},
		{"empty.md", "", "empty.md:1: not a debrief export"},
		{"binary.md", "\x00\x01\x02", "binary.md:1: binary data"},
		{"cut.md", "## [SEV-2] x: y\n\n**Review meeting:** 2026-01-01 10:00 UTC\n\n" + recordMarker + "3 events)</summary>\n\n```yaml\n- {\"seq\": 1,\n",
			"cut.md:"},
	} {
		r, err := Parse(tc.name, []byte(tc.data))
		if r != nil || err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v %v, want %q", tc.name, r, err, tc.want)
		}
	}
	// YAML that is not a session says nothing.
	if r, err := Parse("config.yaml", []byte("retention: 30\n")); r != nil || err != nil {
		t.Errorf("config.yaml: %v %v", r, err)
	}
}
