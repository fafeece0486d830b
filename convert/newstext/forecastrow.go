package newstext

import "strings"

// A forecast's row names the day, the sky and the day's temperatures,
// 2026年12月7日　多云　8℃～15℃: a row of a weather table (tableRow), as
// its rows dated 7日 or 2026.12.07 are. With a date of 年月日 and two
// short words beside it, it had the shape of an edition's date line
// (2026年12月7日　星期一　农历十月廿八), read as furniture; no folio or
// edition date gives the temperature, so a field holding one makes the
// line no furniture.

// temperatureField reports a field giving a temperature in figures,
// 8℃～15℃, -3℃, 8°C～15°C.
func temperatureField(t string) bool {
	if !hasDigit(t) {
		return false
	}
	return strings.Contains(t, "℃") || strings.Contains(t, "°C") || strings.Contains(t, "°")
}

// editionWeather reports whether a dated line holding a temperature is
// still the edition's date line: a masthead's date line gives the day's
// weather beside the lunar date (2026年12月7日　星期一　农历十月廿八　晴
// -2℃～8℃) or the sky and the temperatures beside the weekday
// (2026年12月7日　星期一　晴　-2℃～8℃); others counts the fields that
// are neither date, weekday nor lunar date, the temperature among them.
// A forecast's row names no weekday with the sky (2026年12月7日　多云
// 8℃～15℃), or the weekday and the temperatures alone.
func editionWeather(weekday, lunar bool, others int) bool {
	return lunar || weekday && others >= 2
}
