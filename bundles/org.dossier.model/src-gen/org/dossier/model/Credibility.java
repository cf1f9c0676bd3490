/**
 * Generated from org.dossier.model/model/dossier.ecore and dossier.genmodel by releng/org.dossier.codegen.
 * Do not edit: change the model and regenerate.
 */
package org.dossier.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Credibility</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How credible the information is, on the NATO / Admiralty scale, judged apart from its source's reliability. The literals are the grade digits 1 to 6, so that a source's reliability and a claim's credibility read together as the usual code: B2.
 * <!-- end-model-doc -->
 * @see org.dossier.model.DossierPackage#getCredibility()
 * @model
 * @generated
 */
public enum Credibility implements Enumerator {
	/**
	 * The '<em><b>Not Graded</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_GRADED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_GRADED(0, "notGraded", "not_graded"),

	/**
	 * The '<em><b>Confirmed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIRMED_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIRMED(1, "confirmed", "1"),

	/**
	 * The '<em><b>Probably True</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLY_TRUE_VALUE
	 * @generated
	 * @ordered
	 */
	PROBABLY_TRUE(2, "probablyTrue", "2"),

	/**
	 * The '<em><b>Possibly True</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLY_TRUE_VALUE
	 * @generated
	 * @ordered
	 */
	POSSIBLY_TRUE(3, "possiblyTrue", "3"),

	/**
	 * The '<em><b>Doubtful</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOUBTFUL_VALUE
	 * @generated
	 * @ordered
	 */
	DOUBTFUL(4, "doubtful", "4"),

	/**
	 * The '<em><b>Improbable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPROBABLE_VALUE
	 * @generated
	 * @ordered
	 */
	IMPROBABLE(5, "improbable", "5"),

	/**
	 * The '<em><b>Cannot Be Judged</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANNOT_BE_JUDGED_VALUE
	 * @generated
	 * @ordered
	 */
	CANNOT_BE_JUDGED(6, "cannotBeJudged", "6");

	/**
	 * The '<em><b>Not Graded</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_GRADED
	 * @model name="notGraded" literal="not_graded"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_GRADED_VALUE = 0;

	/**
	 * The '<em><b>Confirmed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIRMED
	 * @model name="confirmed" literal="1"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIRMED_VALUE = 1;

	/**
	 * The '<em><b>Probably True</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLY_TRUE
	 * @model name="probablyTrue" literal="2"
	 * @generated
	 * @ordered
	 */
	public static final int PROBABLY_TRUE_VALUE = 2;

	/**
	 * The '<em><b>Possibly True</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLY_TRUE
	 * @model name="possiblyTrue" literal="3"
	 * @generated
	 * @ordered
	 */
	public static final int POSSIBLY_TRUE_VALUE = 3;

	/**
	 * The '<em><b>Doubtful</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOUBTFUL
	 * @model name="doubtful" literal="4"
	 * @generated
	 * @ordered
	 */
	public static final int DOUBTFUL_VALUE = 4;

	/**
	 * The '<em><b>Improbable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPROBABLE
	 * @model name="improbable" literal="5"
	 * @generated
	 * @ordered
	 */
	public static final int IMPROBABLE_VALUE = 5;

	/**
	 * The '<em><b>Cannot Be Judged</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANNOT_BE_JUDGED
	 * @model name="cannotBeJudged" literal="6"
	 * @generated
	 * @ordered
	 */
	public static final int CANNOT_BE_JUDGED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Credibility</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Credibility[] VALUES_ARRAY =
		new Credibility[] {
			NOT_GRADED,
			CONFIRMED,
			PROBABLY_TRUE,
			POSSIBLY_TRUE,
			DOUBTFUL,
			IMPROBABLE,
			CANNOT_BE_JUDGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Credibility</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Credibility> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Credibility</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Credibility get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Credibility result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Credibility</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Credibility getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Credibility result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Credibility</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Credibility get(int value) {
		switch (value) {
			case NOT_GRADED_VALUE: return NOT_GRADED;
			case CONFIRMED_VALUE: return CONFIRMED;
			case PROBABLY_TRUE_VALUE: return PROBABLY_TRUE;
			case POSSIBLY_TRUE_VALUE: return POSSIBLY_TRUE;
			case DOUBTFUL_VALUE: return DOUBTFUL;
			case IMPROBABLE_VALUE: return IMPROBABLE;
			case CANNOT_BE_JUDGED_VALUE: return CANNOT_BE_JUDGED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Credibility(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Credibility
