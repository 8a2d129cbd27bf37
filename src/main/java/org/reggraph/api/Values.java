package org.reggraph.api;

import org.neo4j.driver.Value;

/** Reading driver values into DTO fields: dates and numbers become their ISO / decimal text. */
public final class Values {
    private Values() {
    }

    /** The value as text: strings as they are, DATE as ISO yyyy-MM-dd, anything else by its string form; null for null. */
    public static String str(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.type().name().equals("STRING") ? v.asString() : String.valueOf(v.asObject());
    }

    public static Boolean bool(Value v) {
        return v == null || v.isNull() ? null : v.asBoolean();
    }

    public static Integer integer(Value v) {
        return v == null || v.isNull() ? null : (int) v.asLong();
    }
}
