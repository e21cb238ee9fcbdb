package com.techladder.registry.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The application's security for {@link com.techladder.registry.system.WebSlice}: its filter chain and method rules and
 * who is calling ({@code @currentUser}) real, the password change stubbed.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = PasswordChange.class)
@Import({SliceSecurity.class, CurrentUser.class})
public @interface SecuritySliceBeans {
}
