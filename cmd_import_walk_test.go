package main

import (
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/tui"
)

// TestImportThroughSetupKeepSomeDropOthers walks the meeting as the room
// would at 80x24: --import of three sources, the setup screen, the
// timeline phase, y on the rows with a marker and d on the rest, reading
// only what the screen shows. The export holds the kept rows and only
// them, in time order, with TTD/TTM/TTR from the imported tags.
func TestImportThroughSetupKeepSomeDropOthers(t *testing.T) {
	f := &importFlags{files: listFlag{"importer/testdata/alertmanager.json,importer/testdata/pagerduty.json", "importer/testdata/timeline.csv"}}
	setup := model.Setup{Title: "Checkout errors", Severity: model.SEV2}
	rows, err := importedRows(f, &setup, agenda.Default())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)
	m, err := tui.New(tui.Options{Now: func() time.Time { return now }, Agenda: agenda.Default(), Setup: setup, Imports: rows})
	if err != nil {
		t.Fatal(err)
	}
	press := func(msgs ...tea.Msg) {
		for _, msg := range msgs {
			m.Update(msg)
		}
	}
	screen := func() string { return ansi.Strip(m.View().Content) }
	press(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(screen(), "Incident date 2026-11-19") || len(m.Events()) != 0 {
		t.Fatalf("the setup screen did not open first:\n%s", screen())
	}
	ctrlN := tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl}
	press(ctrlN, ctrlN, ctrlN, tea.KeyPressMsg{Code: tea.KeyEscape})
	// Keep the rows the tags come from; the cursor moves on by itself.
	keepAt := map[string]bool{"09:14": true, "09:17": true, "09:31": true, "09:41": true}
	cursor := regexp.MustCompile(`▶ ◇ draft (\d\d:\d\d)`)
	for range 40 {
		s := screen()
		if strings.Contains(s, "◇ 0 pending") {
			break
		}
		at := cursor.FindStringSubmatch(s)
		if at == nil {
			press(tea.KeyPressMsg{Code: 'n', Text: "n"})
			continue
		}
		k := 'd'
		if keepAt[at[1]] && !strings.Contains(s, "kept  "+at[1]) {
			k = 'y'
		}
		press(tea.KeyPressMsg{Code: k, Text: string(k)})
	}
	if s := screen(); !strings.Contains(s, "◇ 0 pending · ✓ 4 kept · ✗ 8 dropped") {
		t.Fatalf("not every row was decided:\n%s", s)
	}
	st, err := model.Fold(m.Events())
	if err != nil {
		t.Fatal(err)
	}
	md := export.Markdown(st, m.Events(), export.Options{Now: now})
	tl := md[strings.Index(md, "## Timeline"):]
	tl = tl[:strings.Index(tl, "\n## ")]
	var times []string
	for _, l := range strings.Split(tl, "\n") {
		if strings.HasPrefix(l, "| 09:") {
			times = append(times, l[2:7])
		}
	}
	if strings.Join(times, " ") != "09:14 09:17 09:31 09:41" {
		t.Errorf("the export's timeline is not the kept rows in order: %v\n%s", times, tl)
	}
	for _, want := range []string{"**Time to detect:** 3 minutes", "**Time to mitigate:** 17 minutes", "**Time to resolve:** 27 minutes"} {
		if !strings.Contains(tl, want) {
			t.Errorf("export lacks %q:\n%s", want, tl)
		}
	}
}
