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
 * A representation of the literals of the enumeration '<em><b>Reliability</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How reliable a source is, on the NATO / Admiralty scale. The literals are the grade letters A to F.
 * <!-- end-model-doc -->
 * @see org.dossier.model.DossierPackage#getReliability()
 * @model
 * @generated
 */
public enum Reliability implements Enumerator {
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
	 * The '<em><b>Completely Reliable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETELY_RELIABLE_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLETELY_RELIABLE(1, "completelyReliable", "A"),

	/**
	 * The '<em><b>Usually Reliable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USUALLY_RELIABLE_VALUE
	 * @generated
	 * @ordered
	 */
	USUALLY_RELIABLE(2, "usuallyReliable", "B"),

	/**
	 * The '<em><b>Fairly Reliable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAIRLY_RELIABLE_VALUE
	 * @generated
	 * @ordered
	 */
	FAIRLY_RELIABLE(3, "fairlyReliable", "C"),

	/**
	 * The '<em><b>Not Usually Reliable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_USUALLY_RELIABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_USUALLY_RELIABLE(4, "notUsuallyReliable", "D"),

	/**
	 * The '<em><b>Unreliable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNRELIABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UNRELIABLE(5, "unreliable", "E"),

	/**
	 * The '<em><b>Cannot Be Judged</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANNOT_BE_JUDGED_VALUE
	 * @generated
	 * @ordered
	 */
	CANNOT_BE_JUDGED(6, "cannotBeJudged", "F");

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
	 * The '<em><b>Completely Reliable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETELY_RELIABLE
	 * @model name="completelyReliable" literal="A"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLETELY_RELIABLE_VALUE = 1;

	/**
	 * The '<em><b>Usually Reliable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USUALLY_RELIABLE
	 * @model name="usuallyReliable" literal="B"
	 * @generated
	 * @ordered
	 */
	public static final int USUALLY_RELIABLE_VALUE = 2;

	/**
	 * The '<em><b>Fairly Reliable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAIRLY_RELIABLE
	 * @model name="fairlyReliable" literal="C"
	 * @generated
	 * @ordered
	 */
	public static final int FAIRLY_RELIABLE_VALUE = 3;

	/**
	 * The '<em><b>Not Usually Reliable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_USUALLY_RELIABLE
	 * @model name="notUsuallyReliable" literal="D"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_USUALLY_RELIABLE_VALUE = 4;

	/**
	 * The '<em><b>Unreliable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNRELIABLE
	 * @model name="unreliable" literal="E"
	 * @generated
	 * @ordered
	 */
	public static final int UNRELIABLE_VALUE = 5;

	/**
	 * The '<em><b>Cannot Be Judged</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANNOT_BE_JUDGED
	 * @model name="cannotBeJudged" literal="F"
	 * @generated
	 * @ordered
	 */
	public static final int CANNOT_BE_JUDGED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Reliability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Reliability[] VALUES_ARRAY =
		new Reliability[] {
			NOT_GRADED,
			COMPLETELY_RELIABLE,
			USUALLY_RELIABLE,
			FAIRLY_RELIABLE,
			NOT_USUALLY_RELIABLE,
			UNRELIABLE,
			CANNOT_BE_JUDGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Reliability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Reliability> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Reliability</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Reliability get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Reliability result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reliability</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Reliability getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Reliability result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reliability</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Reliability get(int value) {
		switch (value) {
			case NOT_GRADED_VALUE: return NOT_GRADED;
			case COMPLETELY_RELIABLE_VALUE: return COMPLETELY_RELIABLE;
			case USUALLY_RELIABLE_VALUE: return USUALLY_RELIABLE;
			case FAIRLY_RELIABLE_VALUE: return FAIRLY_RELIABLE;
			case NOT_USUALLY_RELIABLE_VALUE: return NOT_USUALLY_RELIABLE;
			case UNRELIABLE_VALUE: return UNRELIABLE;
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
	private Reliability(int value, String name, String literal) {
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
	
} //Reliability
