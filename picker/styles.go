package picker

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// styles are the picker's looks, built once per background.
type styles struct {
	Title, Muted, Selected, Item, Where, Section, Error lipgloss.Style
}

func newStyles(isDark bool) styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#A8A5FF"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
	var red color.Color = ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF6B6B"))
	return styles{
		Title:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Muted:    lipgloss.NewStyle().Foreground(muted),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Item:     lipgloss.NewStyle(),
		Where:    lipgloss.NewStyle(),
		Section:  lipgloss.NewStyle().Foreground(muted).Italic(true),
		Error:    lipgloss.NewStyle().Foreground(red),
	}
}
