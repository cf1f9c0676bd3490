package org.dossier.nlp;

import java.util.Locale;

/** What a {@link Quantity} measures. */
public enum QuantityKind {

	/** A number of things: "350,000 visitors", "25 million", "312 землетрясений". */
	COUNT,
	/** An amount of money: "2,000,000 roubles", "US$ 22,250", "€ 5 Mio.". */
	MONEY,
	/** A percentage: "45 %", "12 Prozent", "30 процентов". */
	PERCENT,
	/** A physical measurement with a unit: "1,5 kg", "120 km²", "h=10 км". */
	MEASURE,
	/** A value on a scale such as an earthquake's magnitude or energy class: "MPVA=6.2", "КР=13.6", "3–4 балла". */
	MAGNITUDE,
	/** A multiplier: "3-fold", "2,5-mal", "3 fois", "в 2 раза". */
	RATIO,
	/** A number that none of the above describes, such as a fraction with no unit. */
	OTHER;

	/** The kind's name in lower case, as exports write it: "count", "money" ... */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
