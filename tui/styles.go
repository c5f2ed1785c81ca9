package tui

import (
	"charm.land/lipgloss/v2"
)

// Styles is every style the screens use, built in one place so a change of
// terminal background rebuilds them all.
type Styles struct {
	IsDark bool

	Title, Meta, Muted, Error, Good, Warn lipgloss.Style
	Saved, Unsaved                        lipgloss.Style
	// Mode is the badge saying where keys go.
	Mode lipgloss.Style

	Pane, PaneFocused, PaneTitle lipgloss.Style

	Agenda struct {
		Done, Now, Next, Later lipgloss.Style
	}
	Clock struct {
		Idle, Running, Warning, Overtime, Paused lipgloss.Style
	}
	Notes struct {
		Time, Text, Selected, Factor, Lucky, Parked, Why, Hint, Prompt lipgloss.Style
		Flag, Dismissed                                                lipgloss.Style
	}
	Box struct {
		Frame, Label, Cursor, Span, Placeholder, Suggestion, Category lipgloss.Style
	}
	Help struct {
		Key, Desc lipgloss.Style
	}
}

// NewStyles builds the styles for a dark or light terminal background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	var (
		text   = ld(c("#1f2328"), c("#e6e6e6"))
		muted  = ld(c("#6e7781"), c("#8b949e"))
		accent = ld(c("#0a5cc2"), c("#79b8ff"))
		good   = ld(c("#1a7f37"), c("#56d364"))
		warn   = ld(c("#9a6700"), c("#e3b341"))
		bad    = ld(c("#cf222e"), c("#ff7b72"))
		subtle = ld(c("#d0d7de"), c("#30363d"))
		spanBg = ld(c("#fff1c2"), c("#5a4a00"))
	)
	var s Styles
	s.IsDark = isDark
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(text)
	s.Meta = lipgloss.NewStyle().Foreground(muted)
	s.Muted = lipgloss.NewStyle().Foreground(muted)
	s.Error = lipgloss.NewStyle().Foreground(bad).Bold(true)
	s.Good = lipgloss.NewStyle().Foreground(good)
	s.Warn = lipgloss.NewStyle().Foreground(warn)
	s.Saved = lipgloss.NewStyle().Foreground(good)
	s.Unsaved = lipgloss.NewStyle().Foreground(warn)
	s.Mode = lipgloss.NewStyle().Reverse(true).Bold(true)

	s.Pane = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(subtle).Padding(0, 1)
	s.PaneFocused = s.Pane.BorderForeground(accent)
	s.PaneTitle = lipgloss.NewStyle().Bold(true).Foreground(accent)

	s.Agenda.Done = lipgloss.NewStyle().Foreground(muted)
	s.Agenda.Now = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Agenda.Next = lipgloss.NewStyle().Foreground(text)
	s.Agenda.Later = lipgloss.NewStyle().Foreground(muted)

	s.Clock.Idle = lipgloss.NewStyle().Foreground(muted).Bold(true)
	s.Clock.Running = lipgloss.NewStyle().Foreground(good).Bold(true)
	s.Clock.Warning = lipgloss.NewStyle().Foreground(warn).Bold(true).Reverse(true)
	s.Clock.Overtime = lipgloss.NewStyle().Foreground(bad).Bold(true).Reverse(true)
	s.Clock.Paused = lipgloss.NewStyle().Foreground(muted).Bold(true).Blink(false).Italic(true)

	s.Notes.Time = lipgloss.NewStyle().Foreground(muted)
	s.Notes.Text = lipgloss.NewStyle().Foreground(text)
	// Reverse video and bold survive NO_COLOR.
	s.Notes.Selected = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.Notes.Factor = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Notes.Lucky = lipgloss.NewStyle().Foreground(good).Bold(true)
	s.Notes.Parked = lipgloss.NewStyle().Foreground(muted).Italic(true)
	s.Notes.Why = lipgloss.NewStyle().Foreground(text)
	s.Notes.Hint = lipgloss.NewStyle().Foreground(warn).Italic(true)
	s.Notes.Prompt = lipgloss.NewStyle().Foreground(muted).Italic(true)
	s.Notes.Flag = lipgloss.NewStyle().Foreground(warn)
	s.Notes.Dismissed = lipgloss.NewStyle().Foreground(muted).Strikethrough(true)

	s.Box.Frame = lipgloss.NewStyle().Border(lipgloss.NormalBorder(), true, false, false, false).BorderForeground(subtle)
	s.Box.Label = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Box.Cursor = lipgloss.NewStyle().Reverse(true)
	s.Box.Span = lipgloss.NewStyle().Background(spanBg).Underline(true)
	s.Box.Placeholder = lipgloss.NewStyle().Foreground(muted).Italic(true)
	s.Box.Suggestion = lipgloss.NewStyle().Foreground(good)
	s.Box.Category = lipgloss.NewStyle().Foreground(warn).Bold(true)

	s.Help.Key = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.Help.Desc = lipgloss.NewStyle().Foreground(muted)
	return s
}
