// Package statsview draws the archive's figures for `debrief stats`: bar
// charts for a terminal (the bars are characters, so they read the same
// without colour), CSV for a spreadsheet, and JSON.
package statsview

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/lint"
)

// maxGroups is how many groups a chart shows; CSV and JSON have them all.
const maxGroups = 12

// styles colour the charts; the writer drops the colour for NO_COLOR or
// a pipe.
type styles struct {
	Title, Label, Muted, P50, P90, Done lipgloss.Style
}

func newStyles() styles {
	return styles{
		Title: lipgloss.NewStyle().Bold(true),
		Label: lipgloss.NewStyle(),
		Muted: lipgloss.NewStyle().Foreground(lipgloss.Color("8")),
		P50:   lipgloss.NewStyle().Foreground(lipgloss.Color("12")),
		P90:   lipgloss.NewStyle().Foreground(lipgloss.Color("4")),
		Done:  lipgloss.NewStyle().Foreground(lipgloss.Color("2")),
	}
}

// Text draws st as bar charts width columns wide.
func Text(w io.Writer, st archive.Stats, width int) {
	width = max(width, 40)
	s := newStyles()
	groups := st.Groups
	more := 0
	if len(groups) > maxGroups {
		groups, more = groups[:maxGroups], len(groups)-maxGroups
	}
	label := 12
	for _, g := range groups {
		label = max(label, min(ansi.StringWidth(g.Key), 22))
	}
	bar := max(10, width-label-32)
	row := func(key, bars, figures string) {
		fmt.Fprintln(w, ansi.Truncate(fmt.Sprintf("  %s %s %s", pad(lint.Escape(key), label), bars, figures), width, "…"))
	}
	title := func(t string) { fmt.Fprintf(w, "\n%s\n", s.Title.Render(ansi.Truncate(t, width, "…"))) }

	fmt.Fprintf(w, "%s\n", s.Title.Render(fmt.Sprintf("debrief stats · %d postmortems by %s", st.Total.Count, st.By)))
	title("Postmortems")
	most := 0
	for _, g := range groups {
		most = max(most, g.Count)
	}
	for _, g := range groups {
		row(g.Key, s.P50.Render(blocks(float64(g.Count)/float64(max(most, 1)), bar)), strconv.Itoa(g.Count))
	}
	for _, d := range []struct {
		name string
		get  func(archive.Group) archive.Dist
	}{
		{"Time to detect", func(g archive.Group) archive.Dist { return g.TTD }},
		{"Time to mitigate", func(g archive.Group) archive.Dist { return g.TTM }},
		{"Time to resolve", func(g archive.Group) archive.Dist { return g.TTR }},
		{"Incident to published postmortem", func(g archive.Group) archive.Dist { return g.ToPublish }},
	} {
		title(d.name + "  (median █, 90th percentile ░)")
		var top time.Duration
		for _, g := range groups {
			top = max(top, d.get(g).P90)
		}
		for _, g := range groups {
			x := d.get(g)
			if x.N == 0 {
				row(g.Key, strings.Repeat(" ", bar), s.Muted.Render("no figures"))
				continue
			}
			row(g.Key, twoBars(s, x.P50, x.P90, top, bar), fmt.Sprintf("%s / %s  (n=%d)", Dur(x.P50), Dur(x.P90), x.N))
		}
	}
	title("Action items done  (· how long the open ones have been open, median)")
	for _, g := range groups {
		age := ""
		if g.OpenAge.N > 0 {
			age = " · open " + Dur(g.OpenAge.P50)
		}
		full := int(g.Completion*float64(bar) + 0.5)
		row(g.Key, s.Done.Render(strings.Repeat("█", full))+s.Muted.Render(strings.Repeat("░", bar-full)),
			fmt.Sprintf("%3.0f%% of %d%s", 100*g.Completion, g.Actions, age))
	}
	if more > 0 {
		fmt.Fprintf(w, "\n%s\n", s.Muted.Render(fmt.Sprintf("… and %d more groups (--format csv lists them all)", more)))
	}
	t := st.Total
	title("Time to resolve, all postmortems")
	peak := 0
	for _, n := range t.TTR.Buckets {
		peak = max(peak, n)
	}
	for i, n := range t.TTR.Buckets {
		fmt.Fprintf(w, "  %s %s %d\n", pad(archive.BucketLabels[i], 6), s.P50.Render(blocks(float64(n)/float64(max(peak, 1)), bar)), n)
	}
	if len(t.Kinds) > 0 {
		title("Kinds of contributing factor")
		for _, k := range t.Kinds {
			fmt.Fprintf(w, "  %s %s %d\n", pad(lint.Escape(k.Factor), 26), s.P50.Render(blocks(float64(k.Count)/float64(t.Kinds[0].Count), bar-14)), k.Count)
		}
	}
	if len(t.Factors) > 0 {
		title("Recurring contributing factors")
		for _, f := range t.Factors {
			fmt.Fprintf(w, "  %4d× %s\n", f.Count, ansi.Truncate(lint.Escape(f.Factor), width-9, "…"))
		}
	}
	fmt.Fprintf(w, "\n%s\n%s\n", s.Muted.Render(fmt.Sprintf("%d of %d action items done (%.0f%%).", t.Done, t.Actions, 100*t.Completion)),
		s.Muted.Render("Medians and 90th percentiles, never means."))
}

// twoBars draws the median solid and the stretch to the 90th percentile
// shaded, on a scale where top fills the width.
func twoBars(s styles, p50, p90, top time.Duration, width int) string {
	if top <= 0 {
		return strings.Repeat(" ", width)
	}
	a := int(float64(p50)/float64(top)*float64(width) + 0.5)
	b := int(float64(p90)/float64(top)*float64(width) + 0.5)
	a, b = max(min(a, width), 0), max(min(b, width), 0)
	if p50 > 0 && a == 0 {
		a = 1
	}
	b = max(a, b)
	return s.P50.Render(strings.Repeat("█", a)) + s.P90.Render(strings.Repeat("░", b-a)) + strings.Repeat(" ", width-b)
}

// blocks is a bar of frac of width, padded to width.
func blocks(frac float64, width int) string {
	n := int(frac*float64(width) + 0.5)
	if frac > 0 && n == 0 {
		n = 1
	}
	n = min(max(n, 0), width)
	return strings.Repeat("█", n) + strings.Repeat(" ", width-n)
}

func pad(s string, n int) string {
	s = ansi.Truncate(s, n, "…")
	return s + strings.Repeat(" ", max(0, n-ansi.StringWidth(s)))
}

// Dur writes a duration as people read an incident's, in one form
// whatever its size: its largest unit of days, hours and minutes and the
// next one down unless that is zero, as in 45m, 3h 5m, 2h, 1d 19h, 12d.
// Hours never run past a day ("43h06m" beside "2d" read as two scales).
func Dur(d time.Duration) string {
	d = d.Round(time.Minute)
	if d >= 24*time.Hour {
		d = d.Round(time.Hour)
	}
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case days > 0:
		return pair(days, "d", hours, "h")
	case hours > 0:
		return pair(hours, "h", mins, "m")
	}
	return fmt.Sprintf("%dm", max(mins, 0))
}

// pair writes a figure in two units, the second left out when it is zero.
func pair(a int, au string, b int, bu string) string {
	if b == 0 {
		return fmt.Sprintf("%d%s", a, au)
	}
	return fmt.Sprintf("%d%s %d%s", a, au, b, bu)
}

// CSV writes one row per group and one for all, durations in minutes.
func CSV(w io.Writer, st archive.Stats) error {
	c := csv.NewWriter(w)
	header := []string{st.By, "postmortems"}
	for _, n := range []string{"ttd", "ttm", "ttr", "to_publish"} {
		header = append(header, n+"_n", n+"_p50_minutes", n+"_p90_minutes")
	}
	header = append(header, "actions", "done", "completion", "open_age_p50_days", "open_age_p90_days", "top_factor_kind")
	c.Write(header)
	for _, g := range append(st.Groups, st.Total) {
		rec := []string{csvSafe(g.Key), strconv.Itoa(g.Count)}
		for _, d := range []archive.Dist{g.TTD, g.TTM, g.TTR, g.ToPublish} {
			rec = append(rec, strconv.Itoa(d.N), minutes(d.P50, d.N), minutes(d.P90, d.N))
		}
		kind := ""
		if len(g.Kinds) > 0 {
			kind = csvSafe(g.Kinds[0].Factor)
		}
		rec = append(rec, strconv.Itoa(g.Actions), strconv.Itoa(g.Done), strconv.FormatFloat(g.Completion, 'f', 3, 64),
			days(g.OpenAge.P50, g.OpenAge.N), days(g.OpenAge.P90, g.OpenAge.N), kind)
		c.Write(rec)
	}
	c.Flush()
	return c.Error()
}

// csvSafe keeps a cell a spreadsheet will not run as a formula.
func csvSafe(s string) string {
	s = lint.Escape(s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

func minutes(d time.Duration, n int) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatFloat(d.Minutes(), 'f', 1, 64)
}

func days(d time.Duration, n int) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatFloat(d.Hours()/24, 'f', 1, 64)
}

// JSON writes st indented.
func JSON(w io.Writer, st archive.Stats) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(st)
}
