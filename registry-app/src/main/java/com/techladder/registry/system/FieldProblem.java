package com.techladder.registry.system;

/**
 * One broken field of a validation problem: {@code {"field": "records[0].techStaff", "message": "…"}}.
 *
 * @param field the JSON path (or form/parameter name) of the field
 * @param message why it is wrong, in zh-CN
 */
public record FieldProblem(String field, String message) {
}
