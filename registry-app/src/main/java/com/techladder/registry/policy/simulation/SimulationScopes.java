package com.techladder.registry.policy.simulation;

import com.techladder.rules.identity.FuzhouDivision;
import com.techladder.rules.identity.TechField;
import com.techladder.rules.model.Programme;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The scopes a simulation may be narrowed to, as the start forms offer them ({@code ${@simulationScopes.districts()}}):
 * codes only — the forms name them with {@code @fmt.division}, {@code @fmt.techField} and the programme bundle keys,
 * in the page's language. The API takes the same codes ({@link SimulationRequest.Filter}).
 */
@Component("simulationScopes")
public class SimulationScopes {

    /** The districts and counties of Fuzhou: the city itself is no enterprise's district. */
    public List<String> districts() {
        return Arrays.stream(FuzhouDivision.values()).filter(d -> d != FuzhouDivision.FUZHOU_CITY)
                .map(FuzhouDivision::code).toList();
    }

    public List<Programme> programmes() {
        return List.of(Programme.values());
    }

    /** 技术领域 numbers 1–8, as text (the formatter's key). */
    public List<String> techFields() {
        return Arrays.stream(TechField.values()).map(t -> String.valueOf(t.number())).toList();
    }
}
